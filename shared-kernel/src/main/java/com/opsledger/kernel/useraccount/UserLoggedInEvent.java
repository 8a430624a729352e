package com.opsledger.kernel.useraccount;

import com.opsledger.kernel.privacy.Secret;
import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record UserLoggedInEvent(String userId, String sessionId, @Secret String refreshTokenHash,
                                Instant sessionExpiresAt, String clientIp, boolean withSecondFactor) {

    @Override
    public String toString() {
        return "UserLoggedInEvent[userId=" + userId + ", sessionId=" + sessionId + ", sessionExpiresAt="
                + sessionExpiresAt + ", withSecondFactor=" + withSecondFactor + ", secrets hidden]";
    }
}
