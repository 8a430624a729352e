package com.opsledger.query.backorder;

import com.opsledger.query.common.ReadModelTables;
import com.opsledger.kernel.backorder.BackorderAllocatedEvent;
import com.opsledger.kernel.backorder.BackorderCancelledEvent;
import com.opsledger.kernel.backorder.BackorderCreatedEvent;
import com.opsledger.kernel.backorder.BackorderEtaChangedEvent;
import com.opsledger.kernel.backorder.BackorderFulfilledEvent;
import com.opsledger.kernel.backorder.BackorderPriorityChangedEvent;
import com.opsledger.kernel.backorder.BackorderSlaAtRiskEvent;
import com.opsledger.kernel.backorder.BackorderSlaBreachedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Instant;

/** Backorders with their allocation history; the version (aggregate sequence number) makes every change count once. */
@Component
@ReadModelTables({"backorder_view", "backorder_allocation_view"})
@ProcessingGroup("backorders-postgres")
class BackorderTablePostgresProjection {

    private final JdbcTemplate jdbc;

    BackorderTablePostgresProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BackorderCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("insert into backorder_view (id, order_id, line_id, customer_id, product_id, warehouse_id, "
                        + "stock_item_id, unit, quantity, allocated, remaining, status, priority, eta, eta_basis, "
                        + "sla_due_date, sla_state, order_placed_at, created_at, updated_at, version) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 'pending', ?, ?, ?, ?, 'on-track', ?, ?, ?, ?) "
                        + "on conflict do nothing",
                event.backorderId(), event.orderId(), event.lineId(), event.customerId(), event.productId(),
                event.warehouseId(), event.stockItemId(), event.quantity().unit(), event.quantity().amount(),
                event.quantity().amount(), event.priority(), date(event.eta()), event.etaBasis(),
                timestamp(event.slaDueDate()), timestamp(event.orderPlacedAt()), timestamp(at), timestamp(at),
                sequence);
    }

    @EventHandler
    void on(BackorderAllocatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.backorderId(), sequence, at)) {
            jdbc.update("update backorder_view set allocated = ?, remaining = ?, status = 'in-progress' where id = ?",
                    event.allocated().amount(), event.remaining().amount(), event.backorderId());
            jdbc.update("insert into backorder_allocation_view (reservation_id, backorder_id, quantity, allocated_at) "
                            + "values (?, ?, ?, ?) on conflict do nothing", event.reservationId(), event.backorderId(),
                    event.quantity().amount(), timestamp(at));
        }
    }

    @EventHandler
    void on(BackorderFulfilledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.backorderId(), sequence, at)) {
            jdbc.update("update backorder_view set status = 'fulfilled', sla_state = case when sla_state = 'breached' "
                    + "then 'breached' else 'met' end where id = ?", event.backorderId());
        }
    }

    @EventHandler
    void on(BackorderCancelledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.backorderId(), sequence, at)) {
            jdbc.update("update backorder_view set status = 'cancelled', sla_state = 'closed' where id = ?",
                    event.backorderId());
        }
    }

    @EventHandler
    void on(BackorderPriorityChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.backorderId(), sequence, at)) {
            jdbc.update("update backorder_view set priority = ?, priority_reason = ? where id = ?", event.priority(),
                    event.reason(), event.backorderId());
        }
    }

    @EventHandler
    void on(BackorderEtaChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.backorderId(), sequence, at)) {
            jdbc.update("update backorder_view set eta = ?, eta_basis = ? where id = ?", date(event.eta()),
                    event.etaBasis(), event.backorderId());
        }
    }

    @EventHandler
    void on(BackorderSlaAtRiskEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.backorderId(), sequence, at)) {
            jdbc.update("update backorder_view set sla_state = 'at-risk' where id = ? and sla_state = 'on-track'",
                    event.backorderId());
        }
    }

    @EventHandler
    void on(BackorderSlaBreachedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.backorderId(), sequence, at)) {
            jdbc.update("update backorder_view set sla_state = 'breached' where id = ?", event.backorderId());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from backorder_allocation_view");
        jdbc.update("delete from backorder_view");
    }

    private boolean advance(String backorderId, long sequence, Instant at) {
        return jdbc.update("update backorder_view set version = ?, updated_at = ? where id = ? and version < ?",
                sequence, timestamp(at), backorderId, sequence) == 1;
    }

    private static java.sql.Timestamp timestamp(Instant at) {
        return at == null ? null : java.sql.Timestamp.from(at);
    }

    private static Date date(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
