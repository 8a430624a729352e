package com.opsledger.kernel.useraccount;

import com.opsledger.kernel.privacy.Secret;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record RefreshSessionCommand(@TargetAggregateIdentifier String userId, String sessionId,
                                    @Secret String presentedTokenHash, @Secret String newTokenHash, String clientIp,
                                    Instant at) {

    /** Never shows the secret, in logs or error messages. */
    @Override
    public String toString() {
        return "RefreshSessionCommand[userId=" + userId + ", sessionId=" + sessionId + ", secrets hidden]";
    }
}
