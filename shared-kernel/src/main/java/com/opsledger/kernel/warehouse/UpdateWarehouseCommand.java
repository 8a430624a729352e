package com.opsledger.kernel.warehouse;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** Renames a warehouse and sets (or, when null, clears) its coordinates. */
public record UpdateWarehouseCommand(@TargetAggregateIdentifier String warehouseId, String name, BigDecimal latitude,
                                     BigDecimal longitude) {
}
