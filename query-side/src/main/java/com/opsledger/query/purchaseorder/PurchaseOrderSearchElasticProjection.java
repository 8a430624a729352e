package com.opsledger.query.purchaseorder;

import com.opsledger.kernel.purchaseorder.PurchaseOrderApprovedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderCancelledEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderClosedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderConfirmedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderCreatedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderExpectedDatesChangedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderGoodsReceivedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineAddedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineRaisedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderRejectedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderSentEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import com.opsledger.kernel.purchaseorder.PurchaseOrderSubmittedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderTotals;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Purchase orders in Elasticsearch for spending reports. Every write sets absolute values keyed by the order's id,
 * so a batch delivered again after a failure changes nothing.
 */
@Component
@ProcessingGroup("purchase-orders-elastic")
class PurchaseOrderSearchElasticProjection {

    private final PurchaseOrderSearchIndex index;

    PurchaseOrderSearchElasticProjection(PurchaseOrderSearchIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(PurchaseOrderCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.purchaseOrderId(), sequence);
        doc.put("number", event.number());
        doc.put("supplierId", event.supplierId());
        doc.put("warehouseId", event.warehouseId());
        doc.put("status", PurchaseOrderStatus.DRAFT.name());
        doc.put("currency", event.currency());
        doc.put("total", event.totals().total().amount());
        doc.put("createdAt", at.toString());
        index.merge(event.purchaseOrderId(), doc);
    }

    @EventHandler
    void on(PurchaseOrderLineAddedEvent event, @SequenceNumber long sequence) {
        total(event.purchaseOrderId(), sequence, event.totals());
    }

    @EventHandler
    void on(PurchaseOrderLineRaisedEvent event, @SequenceNumber long sequence) {
        total(event.purchaseOrderId(), sequence, event.totals());
    }

    @EventHandler
    void on(PurchaseOrderSubmittedEvent event, @SequenceNumber long sequence) {
        status(event.purchaseOrderId(), sequence, PurchaseOrderStatus.SUBMITTED);
    }

    @EventHandler
    void on(PurchaseOrderApprovedEvent event, @SequenceNumber long sequence) {
        status(event.purchaseOrderId(), sequence, PurchaseOrderStatus.APPROVED);
    }

    @EventHandler
    void on(PurchaseOrderRejectedEvent event, @SequenceNumber long sequence) {
        status(event.purchaseOrderId(), sequence, PurchaseOrderStatus.REJECTED);
    }

    @EventHandler
    void on(PurchaseOrderSentEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.purchaseOrderId(), sequence);
        doc.put("status", PurchaseOrderStatus.SENT.name());
        doc.put("sentAt", at.toString());
        index.merge(event.purchaseOrderId(), doc);
    }

    @EventHandler
    void on(PurchaseOrderConfirmedEvent event, @SequenceNumber long sequence) {
        Map<String, Object> doc = fields(event.purchaseOrderId(), sequence);
        doc.put("status", PurchaseOrderStatus.CONFIRMED.name());
        doc.put("total", event.totals().total().amount());
        index.merge(event.purchaseOrderId(), doc);
    }

    @EventHandler
    void on(PurchaseOrderExpectedDatesChangedEvent event, @SequenceNumber long sequence) {
        total(event.purchaseOrderId(), sequence, event.totals());
    }

    @EventHandler
    void on(PurchaseOrderGoodsReceivedEvent event, @SequenceNumber long sequence) {
        status(event.purchaseOrderId(), sequence, event.statusAfter());
    }

    @EventHandler
    void on(PurchaseOrderCancelledEvent event, @SequenceNumber long sequence) {
        status(event.purchaseOrderId(), sequence, PurchaseOrderStatus.CANCELLED);
    }

    @EventHandler
    void on(PurchaseOrderClosedEvent event, @SequenceNumber long sequence) {
        status(event.purchaseOrderId(), sequence, PurchaseOrderStatus.CLOSED);
    }

    @ResetHandler
    void reset() {
        index.recreate();
    }

    private void total(String id, long sequence, PurchaseOrderTotals totals) {
        Map<String, Object> doc = fields(id, sequence);
        doc.put("total", totals.total().amount());
        index.merge(id, doc);
    }

    private void status(String id, long sequence, PurchaseOrderStatus status) {
        Map<String, Object> doc = fields(id, sequence);
        doc.put("status", status.name());
        index.merge(id, doc);
    }

    private static Map<String, Object> fields(String id, long sequence) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("version", sequence);
        return doc;
    }
}
