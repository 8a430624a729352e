package com.opsledger.query.analysis;

import java.math.BigDecimal;
import java.time.Instant;

/** One event of the period that the what-if replays, with just the facts the allocation depends on. */
record HistoryEvent(Kind kind, Instant at, String backorderId, String orderId, String stockItemId,
                    String customerTier, BigDecimal quantity, int priority, Instant slaDueDate,
                    Instant orderPlacedAt, BigDecimal unitPrice) {

    enum Kind { ORDER_PLACED, BACKORDER_CREATED, ALLOCATED, FULFILLED, CANCELLED }
}
