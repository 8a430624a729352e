package com.opsledger.query.purchaseorder;

import com.opsledger.query.common.ReadModelTables;
import com.opsledger.kernel.purchaseorder.ExpectedLine;
import com.opsledger.kernel.purchaseorder.PurchaseOrderApprovedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderCancelledEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderClosedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderConfirmedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderCreatedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderExpectedDatesChangedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderGoodsReceivedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderHistoryView;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLine;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineAddedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineRaisedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineView;
import com.opsledger.kernel.purchaseorder.PurchaseOrderRejectedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderSentEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import com.opsledger.kernel.purchaseorder.PurchaseOrderSubmittedEvent;
import com.opsledger.kernel.purchaseorder.ReceivedLine;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Purchase orders with their lines (ordered and received) and the history of every step, who took it and why. */
@Component
@ReadModelTables("purchase_order_view")
@ProcessingGroup("purchase-orders-postgres")
class PurchaseOrderTablePostgresProjection {

    private final PurchaseOrderRowRepository rows;

    PurchaseOrderTablePostgresProjection(PurchaseOrderRowRepository rows) {
        this.rows = rows;
    }

    private interface Change {
        void apply(PurchaseOrderRow row);
    }

    @EventHandler
    void on(PurchaseOrderCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        if (rows.existsById(event.purchaseOrderId())) {
            return;
        }
        PurchaseOrderRow row = new PurchaseOrderRow();
        row.id = event.purchaseOrderId();
        row.number = event.number();
        row.supplierId = event.supplierId();
        row.warehouseId = event.warehouseId();
        row.status = PurchaseOrderStatus.DRAFT;
        row.currency = event.currency();
        row.lines = new ArrayList<>(event.lines().stream().map(PurchaseOrderTablePostgresProjection::line).toList());
        row.totals(event.totals());
        row.expectedDate = event.expectedDate();
        row.origin = event.origin();
        row.history = new ArrayList<>(List.of(new PurchaseOrderHistoryView(at, "created", row.status, userId,
                event.number())));
        row.version = sequence;
        row.createdAt = at;
        row.updatedAt = at;
        rows.save(row);
    }

    @EventHandler
    void on(PurchaseOrderLineAddedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        change(event.purchaseOrderId(), sequence, at, userId, "line-added", event.reason(), row -> {
            row.lines.add(line(event.line()));
            row.totals(event.totals());
        });
    }

    @EventHandler
    void on(PurchaseOrderLineRaisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        change(event.purchaseOrderId(), sequence, at, userId, "line-raised", event.reason(), row -> {
            row.lines = row.lines.stream().map(l -> l.lineId().equals(event.lineId())
                    ? new PurchaseOrderLineView(l.lineId(), l.productId(), event.quantity().amount(), l.received(),
                    l.unitPrice(), l.expectedDate(), l.unit()) : l).collect(Collectors.toCollection(ArrayList::new));
            row.totals(event.totals());
        });
    }

    @EventHandler
    void on(PurchaseOrderSubmittedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        change(event.purchaseOrderId(), sequence, at, userId, "submitted",
                "needs " + event.requiredLevel() + " approval", row -> row.status = PurchaseOrderStatus.SUBMITTED);
    }

    @EventHandler
    void on(PurchaseOrderApprovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        change(event.purchaseOrderId(), sequence, at, userId, "approved",
                event.level() + " approval by " + event.approvedBy(), row -> {
                    row.status = PurchaseOrderStatus.APPROVED;
                    row.approvedBy = event.approvedBy();
                });
    }

    @EventHandler
    void on(PurchaseOrderRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        change(event.purchaseOrderId(), sequence, at, userId, "rejected",
                event.reason() + " (" + event.rejectedBy() + ")", row -> row.status = PurchaseOrderStatus.REJECTED);
    }

    @EventHandler
    void on(PurchaseOrderSentEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        change(event.purchaseOrderId(), sequence, at, userId, "sent", null, row -> {
            row.status = PurchaseOrderStatus.SENT;
            row.sentAt = at;
        });
    }

    @EventHandler
    void on(PurchaseOrderConfirmedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        change(event.purchaseOrderId(), sequence, at, userId, "confirmed", null, row -> {
            row.status = PurchaseOrderStatus.CONFIRMED;
            expected(row, event.lines());
            row.totals(event.totals());
        });
    }

    @EventHandler
    void on(PurchaseOrderExpectedDatesChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        change(event.purchaseOrderId(), sequence, at, userId, "expected-dates-changed", null, row -> {
            expected(row, event.lines());
            row.totals(event.totals());
        });
    }

    @EventHandler
    void on(PurchaseOrderGoodsReceivedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        change(event.purchaseOrderId(), sequence, at, userId, "goods-received", "receipt " + event.receiptId(),
                row -> {
                    Map<String, ReceivedLine> received = event.lines().stream()
                            .collect(Collectors.toMap(ReceivedLine::lineId, Function.identity()));
                    row.lines = row.lines.stream().map(l -> {
                        ReceivedLine r = received.get(l.lineId());
                        return r == null ? l : new PurchaseOrderLineView(l.lineId(), l.productId(), l.quantity(),
                                r.receivedSoFar().amount(), l.unitPrice(), l.expectedDate(), l.unit());
                    }).collect(Collectors.toCollection(ArrayList::new));
                    row.status = event.statusAfter();
                });
    }

    @EventHandler
    void on(PurchaseOrderCancelledEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        change(event.purchaseOrderId(), sequence, at, userId, "cancelled", event.reason(),
                row -> row.status = PurchaseOrderStatus.CANCELLED);
    }

    @EventHandler
    void on(PurchaseOrderClosedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        change(event.purchaseOrderId(), sequence, at, userId, "closed", null,
                row -> row.status = PurchaseOrderStatus.CLOSED);
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    private static PurchaseOrderLineView line(PurchaseOrderLine line) {
        return new PurchaseOrderLineView(line.lineId(), line.productId(), line.quantity().amount(), BigDecimal.ZERO,
                line.unitPrice().amount(), line.expectedDate(), line.quantity().unit());
    }

    private static void expected(PurchaseOrderRow row, List<ExpectedLine> lines) {
        Map<String, ExpectedLine> byId = lines.stream().collect(Collectors.toMap(ExpectedLine::lineId,
                Function.identity()));
        row.lines = row.lines.stream().map(l -> {
            ExpectedLine e = byId.get(l.lineId());
            return e == null ? l : new PurchaseOrderLineView(l.lineId(), l.productId(), e.quantity().amount(),
                    l.received(), l.unitPrice(), e.expectedDate(), l.unit());
        }).collect(Collectors.toCollection(ArrayList::new));
    }

    private void change(String purchaseOrderId, long sequence, Instant at, String userId, String what, String note,
                        Change change) {
        PurchaseOrderRow row = rows.findById(purchaseOrderId).orElseThrow(() -> new IllegalStateException(
                "purchase order " + purchaseOrderId + " was not projected before its changes"));
        if (row.version >= sequence) {
            return;
        }
        change.apply(row);
        row.history = new ArrayList<>(row.history);
        row.history.add(new PurchaseOrderHistoryView(at, what, row.status, userId, note));
        row.version = sequence;
        row.updatedAt = at;
        rows.save(row);
    }
}
