package com.opsledger.query.supplier;

import com.opsledger.query.common.ReadModelTables;
import com.opsledger.kernel.purchaseorder.ExpectedLine;
import com.opsledger.kernel.purchaseorder.PurchaseOrderConfirmedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderCreatedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderExpectedDatesChangedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderGoodsReceivedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineAddedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineRaisedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderSentEvent;
import com.opsledger.kernel.purchaseorder.ReceivedLine;
import com.opsledger.kernel.qualitycheck.QualityCheckPassedEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckRejectedEvent;
import com.opsledger.kernel.supplier.SupplierCreatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Supplier figures from their purchase orders: orders sent and the quantity ordered on them (as confirmed), and for
 * each receipt the lines on time (received on or before the expected date), the days since sending, the quantity
 * received. Purchase order events apply once, guarded by the order's sequence number. Quantities of different
 * units are summed as numbers: the fill rate is a ratio over all of a supplier's lines.
 */
@Component
@ReadModelTables({"supplier_performance_view", "supplier_performance_order"})
@ProcessingGroup("supplier-performance-postgres")
class SupplierPerformancePostgresProjection {

    private final SupplierPerformanceRowRepository suppliers;
    private final SupplierPerformanceOrderRowRepository orders;

    SupplierPerformancePostgresProjection(SupplierPerformanceRowRepository suppliers,
                                          SupplierPerformanceOrderRowRepository orders) {
        this.suppliers = suppliers;
        this.orders = orders;
    }

    @EventHandler
    void on(SupplierCreatedEvent event) {
        if (!suppliers.existsById(event.supplierId())) {
            SupplierPerformanceRow row = new SupplierPerformanceRow();
            row.supplierId = event.supplierId();
            suppliers.save(row);
        }
    }

    @EventHandler
    void on(PurchaseOrderCreatedEvent event, @SequenceNumber long sequence) {
        if (orders.existsById(event.purchaseOrderId())) {
            return;
        }
        SupplierPerformanceOrderRow row = new SupplierPerformanceOrderRow();
        row.purchaseOrderId = event.purchaseOrderId();
        row.supplierId = event.supplierId();
        Map<String, BigDecimal> lines = new HashMap<>();
        event.lines().forEach(l -> lines.put(l.lineId(), l.quantity().amount()));
        row.lines = lines;
        row.version = sequence;
        orders.save(row);
    }

    @EventHandler
    void on(PurchaseOrderLineAddedEvent event, @SequenceNumber long sequence) {
        order(event.purchaseOrderId(), sequence, order -> order.lines.put(event.line().lineId(),
                event.line().quantity().amount()));
    }

    @EventHandler
    void on(PurchaseOrderLineRaisedEvent event, @SequenceNumber long sequence) {
        order(event.purchaseOrderId(), sequence, order -> order.lines.put(event.lineId(), event.quantity().amount()));
    }

    @EventHandler
    void on(PurchaseOrderSentEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        order(event.purchaseOrderId(), sequence, order -> {
            order.sentOn = at.atZone(ZoneOffset.UTC).toLocalDate();
            supplier(order.supplierId, s -> {
                s.ordersSent++;
                s.orderedQuantity = s.orderedQuantity.add(order.ordered());
            });
        });
    }

    @EventHandler
    void on(PurchaseOrderConfirmedEvent event, @SequenceNumber long sequence) {
        confirmed(event.purchaseOrderId(), sequence, event.lines());
    }

    @EventHandler
    void on(PurchaseOrderExpectedDatesChangedEvent event, @SequenceNumber long sequence) {
        confirmed(event.purchaseOrderId(), sequence, event.lines());
    }

    @EventHandler
    void on(PurchaseOrderGoodsReceivedEvent event, @SequenceNumber long sequence) {
        order(event.purchaseOrderId(), sequence, order -> supplier(order.supplierId, s -> {
            s.receipts++;
            for (ReceivedLine line : event.lines()) {
                s.linesReceived++;
                if (line.expectedDate() == null || event.receivedOn() == null
                        || !event.receivedOn().isAfter(line.expectedDate())) {
                    s.linesOnTime++;
                }
                s.receivedQuantity = s.receivedQuantity.add(line.quantity().amount());
            }
            if (order.sentOn != null && event.receivedOn() != null) {
                s.leadTimeDaysTotal += Math.max(0, ChronoUnit.DAYS.between(order.sentOn, event.receivedOn()));
                s.leadTimeSamples++;
            }
        }));
    }

    /** A decided check of the supplier's goods counts once (the token is stored in the same transaction). */
    @EventHandler
    void on(QualityCheckPassedEvent event) {
        qualityDecided(event.supplierId(), true, event.overallScore());
    }

    @EventHandler
    void on(QualityCheckRejectedEvent event) {
        qualityDecided(event.supplierId(), false, event.overallScore());
    }

    private void qualityDecided(String supplierId, boolean passed, BigDecimal overallScore) {
        if (supplierId == null) {
            return;
        }
        supplier(supplierId, s -> {
            s.qualityChecksDecided++;
            if (passed) {
                s.qualityChecksPassed++;
            }
            if (overallScore != null) {
                s.qualityScoreTotal = s.qualityScoreTotal.add(overallScore);
                s.qualityScoreSamples++;
            }
        });
    }

    @ResetHandler
    void reset() {
        suppliers.deleteAllInBatch();
        orders.deleteAllInBatch();
    }

    private void confirmed(String purchaseOrderId, long sequence, List<ExpectedLine> lines) {
        order(purchaseOrderId, sequence, order -> {
            BigDecimal before = order.ordered();
            lines.forEach(l -> order.lines.put(l.lineId(), l.quantity().amount()));
            BigDecimal change = order.ordered().subtract(before);
            if (order.sentOn != null && change.signum() != 0) {
                supplier(order.supplierId, s -> s.orderedQuantity = s.orderedQuantity.add(change));
            }
        });
    }

    private void order(String purchaseOrderId, long sequence, Consumer<SupplierPerformanceOrderRow> change) {
        orders.findById(purchaseOrderId).filter(order -> order.version < sequence).ifPresent(order -> {
            order.lines = new HashMap<>(order.lines);
            change.accept(order);
            order.version = sequence;
            orders.save(order);
        });
    }

    private void supplier(String supplierId, Consumer<SupplierPerformanceRow> change) {
        suppliers.findById(supplierId).ifPresent(row -> {
            change.accept(row);
            suppliers.save(row);
        });
    }
}
