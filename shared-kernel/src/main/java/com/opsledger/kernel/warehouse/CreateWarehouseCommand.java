package com.opsledger.kernel.warehouse;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

public record CreateWarehouseCommand(@TargetAggregateIdentifier String warehouseId, String code, String name,
                                     BigDecimal latitude, BigDecimal longitude) {

    public CreateWarehouseCommand(String warehouseId, String code, String name) {
        this(warehouseId, code, name, null, null);
    }
}
