package com.opsledger.kernel.useraccount;

import com.opsledger.kernel.privacy.Secret;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code currentPassword} is needed only to replace a confirmed second factor; a first enrolment may leave it out. */
public record StartTotpEnrolmentCommand(@TargetAggregateIdentifier String userId, @Secret String secret,
                                        @Secret String currentPassword) {

    /** Never shows the secrets, in logs or error messages. */
    @Override
    public String toString() {
        return "StartTotpEnrolmentCommand[userId=" + userId + ", secrets hidden]";
    }
}
