package com.opsledger.kernel.storagelocation;

import com.opsledger.kernel.common.PageSpec;

public record ListStorageLocationsQuery(String warehouseId, String kind, PageSpec page) {
}
