package com.opsledger.kernel.backorder;

import com.opsledger.kernel.common.PageSpec;

/** Backorders, each filter optional, within the asker's scope. */
public record ListBackordersQuery(String status, String customerId, String productId, String warehouseId,
                                  String slaState, String scopeCustomerId, PageSpec page) {
}
