package com.opsledger.kernel.stocktake;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Starts counting the stock items of {@code scope} in a warehouse; {@code number} is drawn before (ST-000123). */
public record StartStocktakeCommand(@TargetAggregateIdentifier String stocktakeId, String number, String warehouseId,
                                    StocktakeScope scope, boolean blind) {
}
