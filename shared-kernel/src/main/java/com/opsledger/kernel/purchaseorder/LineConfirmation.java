package com.opsledger.kernel.purchaseorder;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The supplier's promise for one line: how much, and when it arrives. */
public record LineConfirmation(String lineId, BigDecimal quantity, LocalDate expectedDate) {
}
