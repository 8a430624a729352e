package com.opsledger.query.backorder;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.backorder.BackorderAllocatedEvent;
import com.opsledger.kernel.backorder.BackorderAllocationView;
import com.opsledger.kernel.backorder.BackorderCancelledEvent;
import com.opsledger.kernel.backorder.BackorderCreatedEvent;
import com.opsledger.kernel.backorder.BackorderEtaChangedEvent;
import com.opsledger.kernel.backorder.BackorderFulfilledEvent;
import com.opsledger.kernel.backorder.BackorderPriorityChangedEvent;
import com.opsledger.kernel.backorder.BackorderSlaAtRiskEvent;
import com.opsledger.kernel.backorder.BackorderSlaBreachedEvent;
import com.opsledger.kernel.backorder.BackorderView;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RecordScopes;
import com.opsledger.query.audit.ViewEvolution;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A backorder with its allocations as it was at any instant; a portal customer sees only their own backorders. */
@Component
class BackorderTimeline implements ViewEvolution<BackorderView> {

    @Override
    public String resource() {
        return "backorders";
    }

    @Override
    public long version(BackorderView state) {
        return state.version();
    }

    @Override
    public String aggregateType() {
        return "Backorder";
    }

    @Override
    public BackorderView evolve(BackorderView b, RecordEvent event) {
        Object payload = event.payload();
        if (payload instanceof BackorderCreatedEvent e) {
            BigDecimal quantity = plain(e.quantity().amount());
            return new BackorderView(e.backorderId(), e.orderId(), e.lineId(), e.customerId(), e.productId(),
                    e.warehouseId(), e.stockItemId(), e.quantity().unit(), quantity, BigDecimal.ZERO, quantity,
                    "pending", e.priority(), null, e.eta(), e.etaBasis(), e.slaDueDate(), "on-track", List.of(),
                    event.timestamp(), event.timestamp(), event.sequenceNumber());
        }
        if (b == null) {
            return null;
        }
        if (payload instanceof BackorderAllocatedEvent e) {
            List<BackorderAllocationView> allocations = new ArrayList<>(b.allocations());
            if (allocations.stream().noneMatch(a -> a.reservationId().equals(e.reservationId()))) {
                allocations.add(new BackorderAllocationView(e.reservationId(), plain(e.quantity().amount()),
                        event.timestamp()));
                allocations.sort(Comparator.comparing(BackorderAllocationView::allocatedAt)
                        .thenComparing(BackorderAllocationView::reservationId));
            }
            return new BackorderView(b.id(), b.orderId(), b.lineId(), b.customerId(), b.productId(), b.warehouseId(),
                    b.stockItemId(), b.unit(), b.quantity(), plain(e.allocated().amount()),
                    plain(e.remaining().amount()), "in-progress", b.priority(), b.priorityReason(), b.eta(),
                    b.etaBasis(), b.slaDueDate(), b.slaState(), List.copyOf(allocations), b.createdAt(),
                    event.timestamp(), event.sequenceNumber());
        }
        if (payload instanceof BackorderFulfilledEvent) {
            return with(b, event, "fulfilled", b.slaState().equals("breached") ? "breached" : "met", b.priority(),
                    b.priorityReason(), b.eta(), b.etaBasis());
        }
        if (payload instanceof BackorderCancelledEvent) {
            return with(b, event, "cancelled", "closed", b.priority(), b.priorityReason(), b.eta(), b.etaBasis());
        }
        if (payload instanceof BackorderPriorityChangedEvent e) {
            return with(b, event, b.status(), b.slaState(), e.priority(), e.reason(), b.eta(), b.etaBasis());
        }
        if (payload instanceof BackorderEtaChangedEvent e) {
            return with(b, event, b.status(), b.slaState(), b.priority(), b.priorityReason(), e.eta(), e.etaBasis());
        }
        if (payload instanceof BackorderSlaAtRiskEvent) {
            return with(b, event, b.status(), b.slaState().equals("on-track") ? "at-risk" : b.slaState(),
                    b.priority(), b.priorityReason(), b.eta(), b.etaBasis());
        }
        if (payload instanceof BackorderSlaBreachedEvent) {
            return with(b, event, b.status(), "breached", b.priority(), b.priorityReason(), b.eta(), b.etaBasis());
        }
        return b;
    }

    @Override
    public boolean visibleTo(Caller caller, BackorderView backorder) {
        return RecordScopes.customerRecord(caller, backorder.customerId());
    }

    private static BackorderView with(BackorderView b, RecordEvent event, String status, String slaState,
                                      int priority, String priorityReason, LocalDate eta, String etaBasis) {
        return new BackorderView(b.id(), b.orderId(), b.lineId(), b.customerId(), b.productId(), b.warehouseId(),
                b.stockItemId(), b.unit(), b.quantity(), b.allocated(), b.remaining(), status, priority,
                priorityReason, eta, etaBasis, b.slaDueDate(), slaState, b.allocations(), b.createdAt(),
                event.timestamp(), event.sequenceNumber());
    }

    private static BigDecimal plain(BigDecimal value) {
        return BackorderQueryHandler.plain(value);
    }
}
