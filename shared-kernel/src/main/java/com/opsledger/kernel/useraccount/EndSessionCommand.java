package com.opsledger.kernel.useraccount;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EndSessionCommand(@TargetAggregateIdentifier String userId, String sessionId, String reason) {
}
