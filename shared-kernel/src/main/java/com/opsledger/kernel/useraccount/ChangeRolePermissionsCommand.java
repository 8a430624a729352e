package com.opsledger.kernel.useraccount;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

public record ChangeRolePermissionsCommand(@TargetAggregateIdentifier String name, String description,
                                           Set<String> permissions) {
}
