package com.opsledger.kernel.storagelocation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Map;

/** The location's sensors last heard long ago, by sensor id with their last reading's time, as of {@code checkedAt}. */
public record CheckSensorSilenceCommand(@TargetAggregateIdentifier String storageLocationId,
                                        Map<String, Instant> lastReadings, Instant checkedAt) {
}
