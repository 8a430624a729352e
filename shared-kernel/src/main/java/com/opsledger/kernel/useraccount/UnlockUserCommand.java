package com.opsledger.kernel.useraccount;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UnlockUserCommand(@TargetAggregateIdentifier String userId) {
}
