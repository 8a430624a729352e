package com.opsledger.kernel.useraccount;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

public record ConfirmTotpCommand(@TargetAggregateIdentifier String userId, String code, List<String> recoveryCodeHashes,
                                 Instant at) {
}
