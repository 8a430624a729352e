package com.opsledger.kernel.storagelocation;

import com.opsledger.kernel.common.PageSpec;

public record ListTemperatureAlertsQuery(String status, String warehouseId, String storageLocationId, PageSpec page) {
}
