package com.opsledger.kernel.useraccount;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DisableUserCommand(@TargetAggregateIdentifier String userId, String reason) {
}
