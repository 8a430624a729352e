package com.opsledger.kernel.useraccount;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

public record AssignRolesCommand(@TargetAggregateIdentifier String userId, Set<String> roles) {
}
