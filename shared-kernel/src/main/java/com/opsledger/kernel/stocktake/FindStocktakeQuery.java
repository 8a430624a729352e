package com.opsledger.kernel.stocktake;

public record FindStocktakeQuery(String stocktakeId) {
}
