package com.opsledger.kernel.useraccount;

import com.opsledger.kernel.privacy.Secret;
import org.axonframework.serialization.Revision;

@Revision("1")
public record TotpEnrolmentStartedEvent(String userId, @Secret String secret) {

    @Override
    public String toString() {
        return "TotpEnrolmentStartedEvent[userId=" + userId + ", secrets hidden]";
    }
}
