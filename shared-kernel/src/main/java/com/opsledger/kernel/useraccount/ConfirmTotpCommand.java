package com.opsledger.kernel.useraccount;

import com.opsledger.kernel.privacy.Secret;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

public record ConfirmTotpCommand(@TargetAggregateIdentifier String userId, @Secret String code,
                                 @Secret List<String> recoveryCodeHashes, Instant at) {

    /** Never shows the secret, in logs or error messages. */
    @Override
    public String toString() {
        return "ConfirmTotpCommand[userId=" + userId + ", secrets hidden]";
    }
}
