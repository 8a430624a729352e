package com.opsledger.kernel.useraccount;

import com.opsledger.kernel.privacy.DataSubject;
import com.opsledger.kernel.privacy.PersonalData;
import com.opsledger.kernel.privacy.Secret;
import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record UserLoggedInEvent(@DataSubject String userId, String sessionId, @Secret String refreshTokenHash,
                                Instant sessionExpiresAt, @PersonalData String clientIp, boolean withSecondFactor) {

    @Override
    public String toString() {
        return "UserLoggedInEvent[userId=" + userId + ", sessionId=" + sessionId + ", sessionExpiresAt="
                + sessionExpiresAt + ", withSecondFactor=" + withSecondFactor + ", secrets hidden]";
    }
}
