package com.opsledger.kernel.qualitycheck;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * The goods checked were rejected, and {@code disposition} says where they go (write-off or return-to-supplier);
 * {@code overallScore} is that of the latest results (null without any).
 */
@Revision("1")
public record QualityCheckRejectedEvent(String qualityCheckId, String checkType, String productId, String warehouseId,
                                        String batch, Quantity quantity, String supplierId, String purchaseOrderId,
                                        String receiptId, String stockItemId, String reason, String correctiveAction,
                                        String disposition, String decidedBy, BigDecimal overallScore)
        implements QualityCheckEvent {
}
