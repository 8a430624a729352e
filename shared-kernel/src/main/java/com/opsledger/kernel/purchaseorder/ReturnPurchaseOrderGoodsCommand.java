package com.opsledger.kernel.purchaseorder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Goods of the order rejected by quality check {@code qualityCheckId} go back to the supplier: recorded against the
 * order line they were received on (that of receipt {@code receiptId} when the check names one).
 */
public record ReturnPurchaseOrderGoodsCommand(@TargetAggregateIdentifier String purchaseOrderId, String qualityCheckId,
                                              String receiptId, String productId, BigDecimal quantity, String batch,
                                              String reason) {
}
