package com.opsledger.kernel.purchaseorder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * The supplier confirms a sent order, line by line; confirmed again later, it moves the expected dates (and
 * quantities, never below what has arrived). {@code onlySupplierId}, set for a supplier-portal caller, makes another
 * supplier's order unknown (404).
 */
public record ConfirmPurchaseOrderCommand(@TargetAggregateIdentifier String purchaseOrderId,
                                          List<LineConfirmation> lines, String confirmedBy, String onlySupplierId) {
}
