package com.opsledger.kernel.useraccount;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The user's other sessions end; {@code keepSessionId}, the one that asked, stays open. */
public record ChangePasswordCommand(@TargetAggregateIdentifier String userId, String currentPassword, String newPassword,
                                    String keepSessionId) {

    /** Never shows the secret, in logs or error messages. */
    @Override
    public String toString() {
        return "ChangePasswordCommand[userId=" + userId + ", secrets hidden]";
    }
}
