package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.Quantity;

import java.time.LocalDate;

/** A quantity of one batch; {@code batch} is null for stock received without a batch. */
public record BatchQuantity(String batch, LocalDate expiryDate, Quantity quantity) {
}
