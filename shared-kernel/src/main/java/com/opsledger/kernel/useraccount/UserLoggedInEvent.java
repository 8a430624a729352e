package com.opsledger.kernel.useraccount;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record UserLoggedInEvent(String userId, String sessionId, String refreshTokenHash, Instant sessionExpiresAt,
                                String clientIp, boolean withSecondFactor) {
}
