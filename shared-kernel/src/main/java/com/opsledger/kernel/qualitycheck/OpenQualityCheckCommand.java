package com.opsledger.kernel.qualitycheck;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Opens a check of a product (a batch of it, an amount of it) in a warehouse. {@code number} is drawn by the sender
 * ({@code QC-000123}); the purchase order, receipt and stock item are optional links.
 */
public record OpenQualityCheckCommand(@TargetAggregateIdentifier String qualityCheckId, String number,
                                      String checkType, String productId, String warehouseId, String batch,
                                      BigDecimal quantity, String purchaseOrderId, String receiptId,
                                      String stockItemId, String note) {
}
