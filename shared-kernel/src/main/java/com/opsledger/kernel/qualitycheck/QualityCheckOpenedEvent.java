package com.opsledger.kernel.qualitycheck;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

/** A check was opened; {@code supplierId} is the purchase order's supplier when it names one. */
@Revision("1")
public record QualityCheckOpenedEvent(String qualityCheckId, String number, String checkType, String productId,
                                      String warehouseId, String batch, Quantity quantity, String supplierId,
                                      String purchaseOrderId, String receiptId, String stockItemId, String note,
                                      String openedBy) implements QualityCheckEvent {
}
