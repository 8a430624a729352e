package com.opsledger.query.purchaseorder;

import com.opsledger.kernel.purchaseorder.ExpectedLine;
import com.opsledger.kernel.purchaseorder.PurchaseOrderApprovedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderCancelledEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderClosedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderConfirmedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderCreatedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderExpectedDatesChangedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderGoodsReceivedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderGoodsReturnedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderHistoryView;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLine;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineAddedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineRaisedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineView;
import com.opsledger.kernel.purchaseorder.PurchaseOrderReapprovalRequiredEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderReapprovedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderRejectedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderSentEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import com.opsledger.kernel.purchaseorder.PurchaseOrderSubmittedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderTotals;
import com.opsledger.kernel.purchaseorder.PurchaseOrderView;
import com.opsledger.kernel.purchaseorder.ReceivedLine;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RecordScopes;
import com.opsledger.query.audit.RowEvolution;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.opsledger.query.common.Amounts.stripped;

/**
 * Purchase orders with their lines (ordered and received) and the history of every step, who took it and why; and a
 * purchase order as it was at any instant. Both follow its events through one {@link #evolve}. A portal supplier sees
 * only their own purchase orders.
 */
@Component
@ReadModelTables("purchase_order_view")
@ProcessingGroup("purchase-orders-postgres")
class PurchaseOrderTablePostgresProjection extends RowEvolution<PurchaseOrderRow, PurchaseOrderState> {

    PurchaseOrderTablePostgresProjection(PurchaseOrderRowRepository rows) {
        super("purchase-orders", "PurchaseOrder", state -> state.view().version(),
                RecordScopes.ofSupplier(state -> state.view().supplierId()), rows, PurchaseOrderRow::toState,
                PurchaseOrderRow::of);
    }

    @Override
    public PurchaseOrderState evolve(PurchaseOrderState state, RecordEvent event) {
        Object payload = event.payload();
        if (payload instanceof PurchaseOrderCreatedEvent e) {
            PurchaseOrderTotals t = e.totals();
            return new PurchaseOrderState(new PurchaseOrderView(e.purchaseOrderId(), e.number(), e.supplierId(),
                    e.warehouseId(), PurchaseOrderStatus.DRAFT,
                    e.lines().stream().map(PurchaseOrderTablePostgresProjection::line).toList(),
                    stripped(t.subtotal().amount()), stripped(t.discount().amount()), stripped(t.tax().amount()),
                    stripped(t.total().amount()), e.currency(), e.expectedDate(), null, e.origin(),
                    List.of(new PurchaseOrderHistoryView(event.timestamp(), "created", PurchaseOrderStatus.DRAFT,
                            event.userId(), e.number())), event.sequenceNumber(), event.timestamp(),
                    event.timestamp()), null);
        }
        if (state == null) {
            return null;
        }
        PurchaseOrderView p = state.view();
        if (payload instanceof PurchaseOrderLineAddedEvent e) {
            List<PurchaseOrderLineView> lines = new ArrayList<>(p.lines());
            lines.add(line(e.line()));
            return step(state, event, "line-added", e.reason(), lines, p.approvedBy());
        }
        if (payload instanceof PurchaseOrderLineRaisedEvent e) {
            List<PurchaseOrderLineView> lines = p.lines().stream().map(l -> l.lineId().equals(e.lineId())
                    ? new PurchaseOrderLineView(l.lineId(), l.productId(), stripped(e.quantity().amount()),
                    l.received(), l.unitPrice(), l.expectedDate(), l.unit(), l.returned()) : l).toList();
            return step(state, event, "line-raised", e.reason(), lines, p.approvedBy());
        }
        if (payload instanceof PurchaseOrderSubmittedEvent e) {
            return step(state, event, "submitted", "needs " + e.requiredLevel() + " approval", p.lines(),
                    p.approvedBy());
        }
        if (payload instanceof PurchaseOrderApprovedEvent e) {
            return step(state, event, "approved", e.level() + " approval by " + e.approvedBy(), p.lines(),
                    e.approvedBy());
        }
        if (payload instanceof PurchaseOrderReapprovalRequiredEvent e) {
            return step(state, event, "reapproval-required", e.reason() + "; needs " + e.requiredLevel()
                    + " approval", p.lines(), p.approvedBy());
        }
        if (payload instanceof PurchaseOrderReapprovedEvent e) {
            return step(state, event, "reapproved", e.level() + " approval by " + e.approvedBy(), p.lines(),
                    e.approvedBy());
        }
        if (payload instanceof PurchaseOrderRejectedEvent e) {
            return step(state, event, "rejected", e.reason() + " (" + e.rejectedBy() + ")", p.lines(),
                    p.approvedBy());
        }
        if (payload instanceof PurchaseOrderSentEvent) {
            return new PurchaseOrderState(step(state, event, "sent", null, p.lines(), p.approvedBy()).view(),
                    event.timestamp());
        }
        if (payload instanceof PurchaseOrderConfirmedEvent e) {
            return step(state, event, "confirmed", null, expected(p, e.lines()), p.approvedBy());
        }
        if (payload instanceof PurchaseOrderExpectedDatesChangedEvent e) {
            return step(state, event, "expected-dates-changed", null, expected(p, e.lines()), p.approvedBy());
        }
        if (payload instanceof PurchaseOrderGoodsReceivedEvent e) {
            Map<String, ReceivedLine> received = e.lines().stream()
                    .collect(Collectors.toMap(ReceivedLine::lineId, Function.identity()));
            List<PurchaseOrderLineView> lines = p.lines().stream().map(l -> {
                ReceivedLine r = received.get(l.lineId());
                return r == null ? l : new PurchaseOrderLineView(l.lineId(), l.productId(), l.quantity(),
                        stripped(r.receivedSoFar().amount()), l.unitPrice(), l.expectedDate(), l.unit(),
                        l.returned());
            }).toList();
            return step(state, event, "goods-received", "receipt " + e.receiptId(), lines, p.approvedBy());
        }
        if (payload instanceof PurchaseOrderGoodsReturnedEvent e) {
            List<PurchaseOrderLineView> lines = p.lines().stream().map(l -> l.lineId().equals(e.lineId())
                    ? new PurchaseOrderLineView(l.lineId(), l.productId(), l.quantity(), l.received(), l.unitPrice(),
                    l.expectedDate(), l.unit(), stripped(e.returnedSoFar().amount())) : l).toList();
            return step(state, event, "goods-returned", e.quantity().amount().stripTrailingZeros().toPlainString()
                    + " of line " + e.lineId() + " returned after quality check " + e.qualityCheckId(), lines,
                    p.approvedBy());
        }
        if (payload instanceof PurchaseOrderCancelledEvent e) {
            return step(state, event, "cancelled", e.reason(), p.lines(), p.approvedBy());
        }
        if (payload instanceof PurchaseOrderClosedEvent) {
            return step(state, event, "closed", null, p.lines(), p.approvedBy());
        }
        return state;
    }

    @EventHandler
    void on(PurchaseOrderEvent event, DomainEventMessage<?> message) {
        project(event.purchaseOrderId(), message);
    }

    private static PurchaseOrderLineView line(PurchaseOrderLine line) {
        return new PurchaseOrderLineView(line.lineId(), line.productId(), stripped(line.quantity().amount()),
                BigDecimal.ZERO, stripped(line.unitPrice().amount()), line.expectedDate(), line.quantity().unit());
    }

    private static List<PurchaseOrderLineView> expected(PurchaseOrderView p, List<ExpectedLine> expected) {
        Map<String, ExpectedLine> byId = expected.stream()
                .collect(Collectors.toMap(ExpectedLine::lineId, Function.identity()));
        return p.lines().stream().map(l -> {
            ExpectedLine e = byId.get(l.lineId());
            return e == null ? l : new PurchaseOrderLineView(l.lineId(), l.productId(), stripped(e.quantity().amount()),
                    l.received(), l.unitPrice(), e.expectedDate(), l.unit(), l.returned());
        }).toList();
    }

    /**
     * One step of the order's life: the change, the status and totals the event leaves, a history entry with that
     * status, a new version.
     */
    private static PurchaseOrderState step(PurchaseOrderState state, RecordEvent event, String what, String note,
                                           List<PurchaseOrderLineView> lines, String approvedBy) {
        PurchaseOrderView p = state.view();
        PurchaseOrderStatus status = PurchaseOrderStatus.after((PurchaseOrderEvent) event.payload(), p.status());
        PurchaseOrderTotals totals = PurchaseOrderSteps.totalsAfter(event.payload());
        List<PurchaseOrderHistoryView> history = new ArrayList<>(p.history());
        history.add(new PurchaseOrderHistoryView(event.timestamp(), what, status, event.userId(), note));
        return new PurchaseOrderState(new PurchaseOrderView(p.id(), p.number(), p.supplierId(), p.warehouseId(),
                status, List.copyOf(lines),
                totals == null ? p.subtotal() : stripped(totals.subtotal().amount()),
                totals == null ? p.discount() : stripped(totals.discount().amount()),
                totals == null ? p.tax() : stripped(totals.tax().amount()),
                totals == null ? p.total() : stripped(totals.total().amount()), p.currency(), p.expectedDate(),
                approvedBy, p.origin(), List.copyOf(history), event.sequenceNumber(), p.createdAt(),
                event.timestamp()), state.sentAt());
    }
}
