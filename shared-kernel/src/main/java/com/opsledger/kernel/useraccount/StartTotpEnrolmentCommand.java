package com.opsledger.kernel.useraccount;

import com.opsledger.kernel.privacy.Secret;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StartTotpEnrolmentCommand(@TargetAggregateIdentifier String userId, @Secret String secret) {

    /** Never shows the secret, in logs or error messages. */
    @Override
    public String toString() {
        return "StartTotpEnrolmentCommand[userId=" + userId + ", secrets hidden]";
    }
}
