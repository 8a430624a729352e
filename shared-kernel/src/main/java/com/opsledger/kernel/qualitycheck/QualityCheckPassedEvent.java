package com.opsledger.kernel.qualitycheck;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/** The goods checked passed; {@code overallScore} is that of the latest results (null without any). */
@Revision("1")
public record QualityCheckPassedEvent(String qualityCheckId, String checkType, String productId, String warehouseId,
                                      String batch, Quantity quantity, String supplierId, String purchaseOrderId,
                                      String stockItemId, String reason, String correctiveAction, String decidedBy,
                                      BigDecimal overallScore)
        implements QualityCheckEvent {
}
