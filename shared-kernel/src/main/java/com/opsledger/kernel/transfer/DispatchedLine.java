package com.opsledger.kernel.transfer;

import com.opsledger.kernel.stockitem.BatchQuantity;

import java.util.List;

/** What left the source for one line: the batches (with their expiry dates) the stock was taken from. */
public record DispatchedLine(String lineId, List<BatchQuantity> batches) {
}
