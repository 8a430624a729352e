package com.opsledger.kernel.storagelocation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

public record CreateStorageLocationCommand(@TargetAggregateIdentifier String storageLocationId, String warehouseId,
                                           String code, String name, String kind, BigDecimal temperatureMinC,
                                           BigDecimal temperatureMaxC, BigDecimal humidityMinPct,
                                           BigDecimal humidityMaxPct) {
}
