package com.opsledger.kernel.purchaseorder;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

/**
 * Goods received on line {@code lineId} went back to the supplier after quality check {@code qualityCheckId}
 * rejected them; {@code returnedSoFar} is all the line has returned. The supplier is expected to credit them: an
 * invoice is matched against what was received less what was returned.
 */
@Revision("1")
public record PurchaseOrderGoodsReturnedEvent(String purchaseOrderId, String supplierId, String lineId,
                                              String productId, Quantity quantity, Quantity returnedSoFar,
                                              String qualityCheckId, String receiptId, String batch, String reason)
        implements PurchaseOrderEvent {
}
