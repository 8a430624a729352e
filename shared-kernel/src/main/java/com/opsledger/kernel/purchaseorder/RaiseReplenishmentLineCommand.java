package com.opsledger.kernel.purchaseorder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Raises a draft's line for the product to at least {@code quantity}, adding the line at {@code unitPrice} in
 * {@code currency} (which must be the draft's) if it has none.
 */
public record RaiseReplenishmentLineCommand(@TargetAggregateIdentifier String purchaseOrderId, String productId,
                                            BigDecimal quantity, BigDecimal unitPrice, String currency,
                                            String reason) {
}
