package com.opsledger.kernel.warehouse;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateWarehouseCommand(@TargetAggregateIdentifier String warehouseId, String code, String name) {
}
