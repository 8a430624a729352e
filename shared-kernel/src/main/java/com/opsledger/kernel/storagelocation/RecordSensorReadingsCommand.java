package com.opsledger.kernel.storagelocation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Readings the location judges for excursions; they are stored as a time series, not as its events. */
public record RecordSensorReadingsCommand(@TargetAggregateIdentifier String storageLocationId,
                                          List<SensorReading> readings) {
}
