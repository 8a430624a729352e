package com.opsledger.kernel.alert;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** The kinds one user leaves out of their inbox from now on (replacing those muted before). */
public record ChangeAlertSettingsCommand(@TargetAggregateIdentifier String settingsId, String userId,
                                         List<String> mutedKinds) {
}
