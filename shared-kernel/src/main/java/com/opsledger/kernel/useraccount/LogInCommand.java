package com.opsledger.kernel.useraccount;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record LogInCommand(@TargetAggregateIdentifier String userId, String password, String totp, String sessionId,
                           String refreshTokenHash, Instant sessionExpiresAt, String clientIp, Instant at) {

    /** Never shows the secret, in logs or error messages. */
    @Override
    public String toString() {
        return "LogInCommand[userId=" + userId + ", secrets hidden]";
    }
}
