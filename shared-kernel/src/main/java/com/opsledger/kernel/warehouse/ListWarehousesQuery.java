package com.opsledger.kernel.warehouse;

import com.opsledger.kernel.common.PageSpec;

public record ListWarehousesQuery(PageSpec page) {
}
