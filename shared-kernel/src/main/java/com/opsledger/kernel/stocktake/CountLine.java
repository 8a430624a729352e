package com.opsledger.kernel.stocktake;

import java.math.BigDecimal;

/** What a counter found of one stock item, or of one batch of it when {@code batch} is named. */
public record CountLine(String stockItemId, String batch, BigDecimal quantity) {
}
