package com.opsledger.kernel.useraccount;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangePasswordCommand(@TargetAggregateIdentifier String userId, String currentPassword, String newPassword) {

    /** Never shows the secret, in logs or error messages. */
    @Override
    public String toString() {
        return "ChangePasswordCommand[userId=" + userId + ", secrets hidden]";
    }
}
