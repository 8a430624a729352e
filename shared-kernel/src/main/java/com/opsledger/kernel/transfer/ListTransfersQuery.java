package com.opsledger.kernel.transfer;

import com.opsledger.kernel.common.PageSpec;

/** Transfers, each filter optional (null means any); {@code productId} matches a transfer with a line of it. */
public record ListTransfersQuery(String status, String fromWarehouseId, String toWarehouseId, String productId,
                                 PageSpec page) {
}
