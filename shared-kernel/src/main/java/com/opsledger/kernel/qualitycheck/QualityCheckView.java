package com.opsledger.kernel.qualitycheck;

import com.opsledger.kernel.common.Versioned;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A quality check. Status open, passed, rejected or cancelled; {@code scores} holds the criteria given (1-10),
 * {@code overallScore} their mean and {@code grade} what it earns; {@code decision} pass or reject.
 */
public record QualityCheckView(String id, String number, String checkType, String status, String productId,
                               String warehouseId, String batch, BigDecimal quantity, String unit, String supplierId,
                               String purchaseOrderId, String receiptId, String stockItemId,
                               Map<String, Integer> scores, BigDecimal overallScore, String grade,
                               BigDecimal temperatureC, BigDecimal humidityPct, BigDecimal weightKg, String note,
                               String resultNote, String decision, String reason, String correctiveAction,
                               String disposition, String openedBy, String inspectorId, String decidedBy,
                               List<QualityPhotoView> photos, Instant openedAt, Instant decidedAt, long version,
                               Instant createdAt, Instant updatedAt) implements Versioned {
}
