package com.opsledger.kernel.transfer;

import com.opsledger.kernel.stockitem.BatchView;

import java.math.BigDecimal;
import java.util.List;

/**
 * A line of a transfer: what was asked for ({@code quantity}), what left the source ({@code dispatched}, in
 * {@code batches}), what arrived ({@code received}) and what was recorded lost ({@code lost}).
 */
public record TransferLineView(String lineId, String productId, String batch, String unit, BigDecimal quantity,
                               BigDecimal dispatched, BigDecimal received, BigDecimal lost, List<BatchView> batches) {
}
