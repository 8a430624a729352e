package com.opsledger.kernel.qualitycheck;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

/** The goods checked were rejected, and {@code disposition} says where they go (write-off or return-to-supplier). */
@Revision("1")
public record QualityCheckRejectedEvent(String qualityCheckId, String checkType, String productId, String warehouseId,
                                        String batch, Quantity quantity, String supplierId, String purchaseOrderId,
                                        String receiptId, String stockItemId, String reason, String correctiveAction,
                                        String disposition, String decidedBy) implements QualityCheckEvent {
}
