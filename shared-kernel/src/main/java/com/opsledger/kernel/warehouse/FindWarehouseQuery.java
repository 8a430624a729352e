package com.opsledger.kernel.warehouse;

public record FindWarehouseQuery(String warehouseId) {
}
