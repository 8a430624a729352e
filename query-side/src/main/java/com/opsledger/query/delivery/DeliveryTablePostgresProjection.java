package com.opsledger.query.delivery;

import com.opsledger.kernel.delivery.DeliveryCancelledEvent;
import com.opsledger.kernel.delivery.DeliveryCreatedEvent;
import com.opsledger.kernel.delivery.DeliveryDeliveredEvent;
import com.opsledger.kernel.delivery.DeliveryDispatchedEvent;
import com.opsledger.kernel.delivery.DeliveryEvent;
import com.opsledger.kernel.delivery.DeliveryFailedEvent;
import com.opsledger.kernel.delivery.DeliveryLineView;
import com.opsledger.kernel.delivery.DeliveryProofCodeRejectedEvent;
import com.opsledger.kernel.delivery.DeliveryProofLockOverriddenEvent;
import com.opsledger.kernel.delivery.DeliveryReturnedEvent;
import com.opsledger.kernel.delivery.DeliveryScheduledEvent;
import com.opsledger.kernel.delivery.DeliveryUnscheduledEvent;
import com.opsledger.kernel.delivery.DeliveryView;
import com.opsledger.kernel.delivery.ProofOfDelivery;
import com.opsledger.kernel.delivery.ProofView;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RecordEvolution;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

import static com.opsledger.query.common.Amounts.plain;

/**
 * Deliveries, and a delivery as it was at any instant: both follow its events through one {@link #evolve}; the
 * version (aggregate sequence number) makes every change count once. The rows a processing batch touches are read
 * once and written back together when it commits ({@link DeliveryRowsInBatch}). A portal customer sees only their own
 * deliveries, a driver those of their routes.
 */
@Component
@ReadModelTables("delivery_view")
@ProcessingGroup("deliveries-postgres")
class DeliveryTablePostgresProjection extends RecordEvolution<DeliveryView> {

    private final JdbcTemplate jdbc;
    private final DeliveryRowsInBatch rows;

    DeliveryTablePostgresProjection(JdbcTemplate jdbc, DeliveryRowsInBatch rows) {
        super("deliveries", "Delivery", DeliveryView::version, DeliveryScopes::visible);
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Override
    public DeliveryView evolve(DeliveryView d, RecordEvent event) {
        Object payload = event.payload();
        Instant at = event.timestamp();
        long version = event.sequenceNumber();
        if (payload instanceof DeliveryCreatedEvent e) {
            List<DeliveryLineView> lines = e.lines().stream().map(l -> new DeliveryLineView(l.lineId(),
                    l.productId(), l.stockItemId(), l.quantity().unit(), plain(l.quantity().amount()))).toList();
            return new DeliveryView(e.deliveryId(), e.number(), e.orderId(), e.customerId(), e.warehouseId(),
                    "pending", lines, null, e.timeSlot(), e.instructions(), null, null, null, null, null, null, null,
                    null, null, null, null, new ProofView(e.proofCodeRequired(), false, 0, false, null, null, null),
                    at, at, version);
        }
        if (d == null) {
            return null;
        }
        DeliveryViews.Builder b = DeliveryViews.from(d, at, version);
        if (payload instanceof DeliveryScheduledEvent e) {
            return b.status("scheduled").route(e.routeId(), e.sequence(), e.plannedArrival(), e.driverId(),
                    e.vehicleId()).build();
        }
        if (payload instanceof DeliveryUnscheduledEvent) {
            return b.status("pending").route(null, null, null, null, null).build();
        }
        if (payload instanceof DeliveryDispatchedEvent) {
            return b.status("out-for-delivery").dispatchedAt(at).build();
        }
        ProofView p = d.proof();
        if (payload instanceof DeliveryProofCodeRejectedEvent e) {
            return b.proof(new ProofView(p.codeRequired(), false, e.failedAttempts(), e.locked(), p.overrideReason(),
                    null, null)).build();
        }
        if (payload instanceof DeliveryProofLockOverriddenEvent e) {
            return b.proof(new ProofView(p.codeRequired(), false, p.failedAttempts(), false, e.reason(), null, null))
                    .build();
        }
        if (payload instanceof DeliveryDeliveredEvent e) {
            return b.status("delivered").delivered(at, e.receivedBy()).proof(new ProofView(p.codeRequired(),
                    e.codeVerified(), p.failedAttempts(), false, p.overrideReason(), hash(e.signature()),
                    hash(e.photo()))).build();
        }
        if (payload instanceof DeliveryFailedEvent e) {
            return b.status("failed").failure(e.reason(), e.note()).build();
        }
        if (payload instanceof DeliveryReturnedEvent e) {
            return b.status("returned").returned(e.disposition()).build();
        }
        if (payload instanceof DeliveryCancelledEvent) {
            return b.status("cancelled").build();
        }
        return b.build();
    }

    @EventHandler
    void on(DeliveryEvent event, DomainEventMessage<?> message) {
        DeliveryView stored = rows.find(event.deliveryId());
        DeliveryView next = evolveOnce(stored, RecordEvent.of(message));
        if (next != null) {
            rows.write(next);
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from delivery_view");
    }

    private static String hash(ProofOfDelivery file) {
        return file == null ? null : file.contentHash();
    }
}
