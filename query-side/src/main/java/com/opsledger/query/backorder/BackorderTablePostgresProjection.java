package com.opsledger.query.backorder;

import com.opsledger.kernel.backorder.BackorderAllocatedEvent;
import com.opsledger.kernel.backorder.BackorderAllocationView;
import com.opsledger.kernel.backorder.BackorderCancelledEvent;
import com.opsledger.kernel.backorder.BackorderCreatedEvent;
import com.opsledger.kernel.backorder.BackorderEtaChangedEvent;
import com.opsledger.kernel.backorder.BackorderEvent;
import com.opsledger.kernel.backorder.BackorderFulfilledEvent;
import com.opsledger.kernel.backorder.BackorderPriorityChangedEvent;
import com.opsledger.kernel.backorder.BackorderSlaAtRiskEvent;
import com.opsledger.kernel.backorder.BackorderSlaBreachedEvent;
import com.opsledger.kernel.backorder.BackorderView;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RecordEvolution;
import com.opsledger.query.audit.RecordScopes;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.opsledger.query.common.Amounts.plain;

/**
 * Backorders with their allocation history, and a backorder as it was at any instant: both follow its events through
 * one {@link #evolve}; the version (aggregate sequence number) makes every change count once. A portal customer sees
 * only their own backorders.
 */
@Component
@ReadModelTables({"backorder_view", "backorder_allocation_view"})
@ProcessingGroup("backorders-postgres")
class BackorderTablePostgresProjection extends RecordEvolution<BackorderState> {

    private final JdbcTemplate jdbc;

    BackorderTablePostgresProjection(JdbcTemplate jdbc) {
        super("backorders", "Backorder", state -> state.view().version(),
                RecordScopes.ofCustomer(state -> state.view().customerId()));
        this.jdbc = jdbc;
    }

    @Override
    public BackorderState evolve(BackorderState state, RecordEvent event) {
        Object payload = event.payload();
        if (payload instanceof BackorderCreatedEvent e) {
            BigDecimal quantity = plain(e.quantity().amount());
            BigDecimal price = e.unitPrice() == null ? null : plain(e.unitPrice().amount());
            String currency = e.unitPrice() == null ? null : e.unitPrice().currency();
            return new BackorderState(new BackorderView(e.backorderId(), e.orderId(), e.lineId(), e.customerId(),
                    e.productId(), e.warehouseId(), e.stockItemId(), e.quantity().unit(), quantity, BigDecimal.ZERO,
                    quantity, "pending", e.priority(), null, e.eta(), e.etaBasis(), e.slaDueDate(), "on-track",
                    List.of(), event.timestamp(), event.timestamp(), event.sequenceNumber(), e.supplierId(),
                    price, currency, BackorderValues.outstanding(quantity, "pending", price, currency)),
                    e.orderPlacedAt());
        }
        if (state == null) {
            return null;
        }
        BackorderView b = state.view();
        if (payload instanceof BackorderAllocatedEvent e) {
            List<BackorderAllocationView> allocations = new ArrayList<>(b.allocations());
            if (allocations.stream().noneMatch(a -> a.reservationId().equals(e.reservationId()))) {
                allocations.add(new BackorderAllocationView(e.reservationId(), plain(e.quantity().amount()),
                        event.timestamp()));
                allocations.sort(Comparator.comparing(BackorderAllocationView::allocatedAt)
                        .thenComparing(BackorderAllocationView::reservationId));
            }
            return new BackorderState(new BackorderView(b.id(), b.orderId(), b.lineId(), b.customerId(),
                    b.productId(), b.warehouseId(), b.stockItemId(), b.unit(), b.quantity(),
                    plain(e.allocated().amount()), plain(e.remaining().amount()), "in-progress", b.priority(),
                    b.priorityReason(), b.eta(), b.etaBasis(), b.slaDueDate(), b.slaState(),
                    List.copyOf(allocations), b.createdAt(), event.timestamp(), event.sequenceNumber(),
                    b.supplierId(), b.unitPrice(), b.currency(), BackorderValues.outstanding(
                    plain(e.remaining().amount()), "in-progress", b.unitPrice(), b.currency())),
                    state.orderPlacedAt());
        }
        if (payload instanceof BackorderFulfilledEvent) {
            return with(state, event, "fulfilled", b.slaState().equals("breached") ? "breached" : "met", b.priority(),
                    b.priorityReason(), b.eta(), b.etaBasis());
        }
        if (payload instanceof BackorderCancelledEvent) {
            return with(state, event, "cancelled", "closed", b.priority(), b.priorityReason(), b.eta(), b.etaBasis());
        }
        if (payload instanceof BackorderPriorityChangedEvent e) {
            return with(state, event, b.status(), b.slaState(), e.priority(), e.reason(), b.eta(), b.etaBasis());
        }
        if (payload instanceof BackorderEtaChangedEvent e) {
            return with(state, event, b.status(), b.slaState(), b.priority(), b.priorityReason(), e.eta(),
                    e.etaBasis());
        }
        if (payload instanceof BackorderSlaAtRiskEvent) {
            return with(state, event, b.status(), b.slaState().equals("on-track") ? "at-risk" : b.slaState(),
                    b.priority(), b.priorityReason(), b.eta(), b.etaBasis());
        }
        if (payload instanceof BackorderSlaBreachedEvent) {
            return with(state, event, b.status(), "breached", b.priority(), b.priorityReason(), b.eta(),
                    b.etaBasis());
        }
        return state;
    }

    @EventHandler
    void on(BackorderEvent event, DomainEventMessage<?> message) {
        project(event.backorderId(), message);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from backorder_allocation_view");
        jdbc.update("delete from backorder_view");
    }

    private void project(String backorderId, DomainEventMessage<?> message) {
        BackorderState stored = jdbc.query("select * from backorder_view where id = ?",
                (rs, n) -> new BackorderState(BackorderQueryHandler.view(jdbc, rs), instant(rs.getTimestamp(
                        "order_placed_at"))), backorderId).stream().findFirst().orElse(null);
        BackorderState next = evolveOnce(stored, RecordEvent.of(message));
        if (next == null) {
            return;
        }
        BackorderView b = next.view();
        if (stored == null) {
            jdbc.update("insert into backorder_view (id, order_id, line_id, customer_id, product_id, warehouse_id, "
                            + "stock_item_id, unit, quantity, allocated, remaining, status, priority, priority_reason, "
                            + "eta, eta_basis, sla_due_date, sla_state, order_placed_at, created_at, updated_at, "
                            + "version, supplier_id, unit_price, currency) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            + "on conflict do nothing",
                    b.id(), b.orderId(), b.lineId(), b.customerId(), b.productId(), b.warehouseId(), b.stockItemId(),
                    b.unit(), b.quantity(), b.allocated(), b.remaining(), b.status(), b.priority(),
                    b.priorityReason(), date(b.eta()), b.etaBasis(), timestamp(b.slaDueDate()), b.slaState(),
                    timestamp(next.orderPlacedAt()), timestamp(b.createdAt()), timestamp(b.updatedAt()),
                    b.version(), b.supplierId(), b.unitPrice(), b.currency());
        } else {
            jdbc.update("update backorder_view set allocated = ?, remaining = ?, status = ?, priority = ?, "
                            + "priority_reason = ?, eta = ?, eta_basis = ?, sla_state = ?, updated_at = ?, version = ? "
                            + "where id = ? and version < ?", b.allocated(), b.remaining(), b.status(), b.priority(),
                    b.priorityReason(), date(b.eta()), b.etaBasis(), b.slaState(), timestamp(b.updatedAt()),
                    b.version(), b.id(), b.version());
        }
        Set<String> known = stored == null ? Set.of() : stored.view().allocations().stream()
                .map(BackorderAllocationView::reservationId).collect(Collectors.toSet());
        for (BackorderAllocationView allocation : b.allocations()) {
            if (!known.contains(allocation.reservationId())) {
                jdbc.update("insert into backorder_allocation_view (reservation_id, backorder_id, quantity, "
                                + "allocated_at) values (?, ?, ?, ?) on conflict do nothing",
                        allocation.reservationId(), b.id(), allocation.quantity(), timestamp(allocation.allocatedAt()));
            }
        }
    }

    private static BackorderState with(BackorderState state, RecordEvent event, String status, String slaState,
                                       int priority, String priorityReason, LocalDate eta, String etaBasis) {
        BackorderView b = state.view();
        return new BackorderState(new BackorderView(b.id(), b.orderId(), b.lineId(), b.customerId(), b.productId(),
                b.warehouseId(), b.stockItemId(), b.unit(), b.quantity(), b.allocated(), b.remaining(), status,
                priority, priorityReason, eta, etaBasis, b.slaDueDate(), slaState, b.allocations(), b.createdAt(),
                event.timestamp(), event.sequenceNumber(), b.supplierId(), b.unitPrice(), b.currency(),
                BackorderValues.outstanding(b.remaining(), status, b.unitPrice(), b.currency())),
                state.orderPlacedAt());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
