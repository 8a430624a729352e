package com.opsledger.kernel.stockitem;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One line of a stock item's ledger. {@code quantity} is signed: what on-hand stock moved by (received, issued,
 * adjusted, written-off) or what reserved stock moved by (reserved, released). {@code onHandAfter} and
 * {@code reservedAfter} are the balances it left; {@code batches} the batches it touched.
 */
public record StockMovementView(String id, String stockItemId, long sequence, String type, BigDecimal quantity,
                                String unit, List<BatchView> batches, String reservationId, String reference,
                                String reason, BigDecimal onHandAfter, BigDecimal reservedAfter, String userId,
                                Instant occurredAt) {
}
