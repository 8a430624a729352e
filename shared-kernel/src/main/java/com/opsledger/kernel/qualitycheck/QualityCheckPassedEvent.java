package com.opsledger.kernel.qualitycheck;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

/** The goods checked passed: whatever waited for the check is released. */
@Revision("1")
public record QualityCheckPassedEvent(String qualityCheckId, String checkType, String productId, String warehouseId,
                                      String batch, Quantity quantity, String supplierId, String purchaseOrderId,
                                      String stockItemId, String reason, String correctiveAction, String decidedBy)
        implements QualityCheckEvent {
}
