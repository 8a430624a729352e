package com.opsledger.query.dashboard;

import com.opsledger.kernel.backorder.BackorderCancelledEvent;
import com.opsledger.kernel.backorder.BackorderCreatedEvent;
import com.opsledger.kernel.backorder.BackorderFulfilledEvent;
import com.opsledger.query.audit.RecordEvent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One backorder as the fulfilment-time KPI counts it: {@code open} from its creation, then {@code filled} (with the
 * hours from its creation to its filling) or {@code cancelled}. {@code version} is the sequence number of the last of
 * its events that changed it.
 */
record BackorderFulfilment(String backorderId, String productId, String warehouseId, String customerId,
                           String supplierId, String status, Instant createdAt, Instant filledAt, BigDecimal hours,
                           long version) {

    private static final BigDecimal MICROS_PER_HOUR = BigDecimal.valueOf(3_600_000_000L);

    /**
     * The backorder after {@code event}: null before its creation, and for an event of a backorder created before
     * this read model was kept (a back-fill brings that one); {@code state} itself for an event that changes nothing.
     */
    static BackorderFulfilment evolve(BackorderFulfilment state, RecordEvent event) {
        if (event.payload() instanceof BackorderCreatedEvent e) {
            return new BackorderFulfilment(e.backorderId(), e.productId(), e.warehouseId(), e.customerId(),
                    e.supplierId(), "open", at(event), null, null, event.sequenceNumber());
        }
        if (state == null || !state.status().equals("open")) {
            return state;
        }
        if (event.payload() instanceof BackorderFulfilledEvent) {
            return new BackorderFulfilment(state.backorderId, state.productId, state.warehouseId, state.customerId,
                    state.supplierId, "filled", state.createdAt, at(event), hoursBetween(state.createdAt, at(event)),
                    event.sequenceNumber());
        }
        if (event.payload() instanceof BackorderCancelledEvent) {
            return new BackorderFulfilment(state.backorderId, state.productId, state.warehouseId, state.customerId,
                    state.supplierId, "cancelled", state.createdAt, null, null, event.sequenceNumber());
        }
        return state;
    }

    /** The event's time to the microsecond, as PostgreSQL keeps it, so a row reads back as it was written. */
    private static Instant at(RecordEvent event) {
        return event.timestamp().truncatedTo(ChronoUnit.MICROS);
    }

    /** Hours to the microsecond (what PostgreSQL keeps of an instant), to six decimals. */
    static BigDecimal hoursBetween(Instant from, Instant to) {
        long micros = Duration.between(from, to).toNanos() / 1_000;
        return BigDecimal.valueOf(micros).divide(MICROS_PER_HOUR, 6, RoundingMode.HALF_UP);
    }
}
