package com.opsledger.kernel.transfer;

import com.opsledger.kernel.stockitem.BatchQuantity;

/** A quantity of one line that arrived, in the batch (and with the expiry date) it left the source in. */
public record TransferArrival(String lineId, String productId, BatchQuantity received) {
}
