package com.opsledger.kernel.storagelocation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** Changes a location's name, kind and ranges; its warehouse and code stay. */
public record UpdateStorageLocationCommand(@TargetAggregateIdentifier String storageLocationId, String name,
                                           String kind, BigDecimal temperatureMinC, BigDecimal temperatureMaxC,
                                           BigDecimal humidityMinPct, BigDecimal humidityMaxPct) {
}
