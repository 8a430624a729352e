package com.opsledger.kernel.useraccount;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SessionRefreshedEvent(String userId, String sessionId, String refreshTokenHash, String clientIp) {
}
