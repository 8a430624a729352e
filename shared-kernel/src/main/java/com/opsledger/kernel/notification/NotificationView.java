package com.opsledger.kernel.notification;

import java.time.Instant;

/**
 * A message sent, or meant to be sent, about a backorder. {@code audience} is customer or supplier; {@code channel}
 * email, sms or none; {@code status} sent, failed, skipped (the preference or a missing address) or recorded (a need
 * with nobody to send it to yet).
 */
public record NotificationView(String id, String audience, String kind, String customerId, String backorderId,
                               String orderId, String productId, String channel, String recipient, String subject,
                               String body, String status, String detail, Instant createdAt) {
}
