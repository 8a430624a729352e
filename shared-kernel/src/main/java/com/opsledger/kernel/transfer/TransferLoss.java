package com.opsledger.kernel.transfer;

import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.BatchQuantity;

import java.util.List;

/**
 * What of one line never arrived, by the batches it left the source's stock item ({@code stockItemId}) in, and what it
 * was worth by the valuation rule ({@code value} is null when nothing is known of the product's worth).
 */
public record TransferLoss(String lineId, String productId, String stockItemId, Quantity quantity,
                           List<BatchQuantity> batches, Money value) {
}
