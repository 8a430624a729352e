package com.opsledger.kernel.invoice;

import java.math.BigDecimal;

/** One invoiced line of a purchase order: which order line, how much, at what price per unit. */
public record InvoiceLineSpec(String lineId, BigDecimal quantity, BigDecimal unitPrice) {
}
