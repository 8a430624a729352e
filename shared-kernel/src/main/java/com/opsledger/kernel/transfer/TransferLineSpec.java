package com.opsledger.kernel.transfer;

import java.math.BigDecimal;

/** A line of a transfer as requested: a quantity of a product, optionally of one named batch. */
public record TransferLineSpec(String productId, BigDecimal quantity, String batch) {
}
