package com.opsledger.kernel.alert;

import java.time.Instant;

/**
 * One alert of a staff inbox: what it is about ({@code subjectType}/{@code subjectId} and the warehouse, customer or
 * supplier it belongs to), its {@code status} (open, acknowledged, resolved) and who handled it when; an alert that
 * resolved by itself (the backorder was filled, the stock is back) has {@code resolvedBy} {@code system}.
 */
public record AlertView(String id, String kind, String status, String severity, String subjectType,
                        String subjectId, String warehouseId, String customerId, String supplierId, String title,
                        String detail, Instant raisedAt, Instant acknowledgedAt, String acknowledgedBy,
                        Instant resolvedAt, String resolvedBy, String note, Instant updatedAt) {
}
