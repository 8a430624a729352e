package com.opsledger.kernel.useraccount;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/** Grants and withdraws some permissions of a role, keeping the others it holds now (a seeded role's revision). */
public record ReviseRolePermissionsCommand(@TargetAggregateIdentifier String name, String description,
                                           Set<String> grant, Set<String> withdraw) {
}
