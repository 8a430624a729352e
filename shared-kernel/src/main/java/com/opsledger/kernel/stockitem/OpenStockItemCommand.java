package com.opsledger.kernel.stockitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenStockItemCommand(@TargetAggregateIdentifier String stockItemId, String productId, String warehouseId) {
}
