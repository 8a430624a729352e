package com.opsledger.kernel.useraccount;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

public record CreateUserCommand(@TargetAggregateIdentifier String userId, String username, String email,
                                String displayName, String password, Set<String> roles, String customerId,
                                String supplierId, String driverId) {

    /** Never shows the secret, in logs or error messages. */
    @Override
    public String toString() {
        return "CreateUserCommand[userId=" + userId + ", username=" + username + ", secrets hidden]";
    }
}
