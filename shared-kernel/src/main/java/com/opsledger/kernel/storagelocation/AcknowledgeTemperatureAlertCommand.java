package com.opsledger.kernel.storagelocation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AcknowledgeTemperatureAlertCommand(@TargetAggregateIdentifier String storageLocationId, String alertId,
                                                 String note) {
}
