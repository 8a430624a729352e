package com.opsledger.kernel.purchaseorder;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code returned}: what went back to the supplier after a rejected quality check (part of {@code received}). */
public record PurchaseOrderLineView(String lineId, String productId, BigDecimal quantity, BigDecimal received,
                                    BigDecimal unitPrice, LocalDate expectedDate, String unit, BigDecimal returned) {

    /** Read from JSON by all its fields (a line stored before returns were recorded reads {@code returned} null). */
    @JsonCreator
    public PurchaseOrderLineView {
    }

    /** A line nothing was returned from. */
    public PurchaseOrderLineView(String lineId, String productId, BigDecimal quantity, BigDecimal received,
                                 BigDecimal unitPrice, LocalDate expectedDate, String unit) {
        this(lineId, productId, quantity, received, unitPrice, expectedDate, unit, BigDecimal.ZERO);
    }
}
