package com.opsledger.kernel.useraccount;

import java.time.Instant;

public record SessionView(String id, String userId, String username, String clientIp, Instant createdAt,
                          Instant lastRefreshedAt, Instant expiresAt, Instant endedAt, String endReason) {
}
