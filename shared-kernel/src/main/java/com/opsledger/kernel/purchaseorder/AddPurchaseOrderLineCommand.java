package com.opsledger.kernel.purchaseorder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** Adds a line to a draft; lines are numbered 1, 2, 3... in the order they are added. */
public record AddPurchaseOrderLineCommand(@TargetAggregateIdentifier String purchaseOrderId, String productId,
                                          BigDecimal quantity, BigDecimal unitPrice) {
}
