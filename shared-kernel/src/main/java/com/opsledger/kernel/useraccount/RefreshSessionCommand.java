package com.opsledger.kernel.useraccount;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record RefreshSessionCommand(@TargetAggregateIdentifier String userId, String sessionId,
                                    String presentedTokenHash, String newTokenHash, String clientIp, Instant at) {
}
