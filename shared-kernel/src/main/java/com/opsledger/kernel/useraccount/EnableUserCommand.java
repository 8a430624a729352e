package com.opsledger.kernel.useraccount;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EnableUserCommand(@TargetAggregateIdentifier String userId) {
}
