package com.opsledger.kernel.useraccount;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ResetPasswordCommand(@TargetAggregateIdentifier String userId, String newPassword) {

    /** Never shows the secret, in logs or error messages. */
    @Override
    public String toString() {
        return "ResetPasswordCommand[userId=" + userId + ", secrets hidden]";
    }
}
