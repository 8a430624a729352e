package com.opsledger.kernel.purchaseorder;

import java.math.BigDecimal;

/** A line as a client asks for it: what, how much, at what price per unit. */
public record PurchaseOrderLineSpec(String productId, BigDecimal quantity, BigDecimal unitPrice) {
}
