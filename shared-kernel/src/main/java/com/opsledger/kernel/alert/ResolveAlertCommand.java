package com.opsledger.kernel.alert;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A person closes the alert; {@code note} optional. */
public record ResolveAlertCommand(@TargetAggregateIdentifier String alertId, String note) {
}
