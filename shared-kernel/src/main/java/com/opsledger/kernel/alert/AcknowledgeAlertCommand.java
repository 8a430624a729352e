package com.opsledger.kernel.alert;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A person has seen the alert and is on it; {@code note} optional. */
public record AcknowledgeAlertCommand(@TargetAggregateIdentifier String alertId, String note) {
}
