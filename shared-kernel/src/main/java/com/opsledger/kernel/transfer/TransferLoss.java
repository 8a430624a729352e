package com.opsledger.kernel.transfer;

import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.BatchQuantity;

import java.util.List;

/** What of one line never arrived, by the batches it left the source in. */
public record TransferLoss(String lineId, String productId, Quantity quantity, List<BatchQuantity> batches) {
}
