package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.PageSpec;

public record ListWriteOffsQuery(String status, String stockItemId, String warehouseId, String productId,
                                 PageSpec page) {
}
