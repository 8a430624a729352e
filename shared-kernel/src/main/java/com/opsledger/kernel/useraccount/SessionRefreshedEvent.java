package com.opsledger.kernel.useraccount;

import com.opsledger.kernel.privacy.DataSubject;
import com.opsledger.kernel.privacy.PersonalData;
import com.opsledger.kernel.privacy.Secret;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SessionRefreshedEvent(@DataSubject String userId, String sessionId, @Secret String refreshTokenHash,
                                    @PersonalData String clientIp) {

    @Override
    public String toString() {
        return "SessionRefreshedEvent[userId=" + userId + ", sessionId=" + sessionId + ", secrets hidden]";
    }
}
