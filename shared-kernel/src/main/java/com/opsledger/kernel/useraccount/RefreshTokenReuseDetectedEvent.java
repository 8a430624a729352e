package com.opsledger.kernel.useraccount;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RefreshTokenReuseDetectedEvent(String userId, String sessionId, String clientIp) {
}
