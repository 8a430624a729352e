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
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

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
    void on(PurchaseOrderCreatedEvent event, DomainEventMessage<?> message) {
        index(event.purchaseOrderId(), message);
    }

    @EventHandler
    void on(PurchaseOrderLineAddedEvent event, DomainEventMessage<?> message) {
        index(event.purchaseOrderId(), message);
    }

    @EventHandler
    void on(PurchaseOrderLineRaisedEvent event, DomainEventMessage<?> message) {
        index(event.purchaseOrderId(), message);
    }

    @EventHandler
    void on(PurchaseOrderSubmittedEvent event, DomainEventMessage<?> message) {
        index(event.purchaseOrderId(), message);
    }

    @EventHandler
    void on(PurchaseOrderApprovedEvent event, DomainEventMessage<?> message) {
        index(event.purchaseOrderId(), message);
    }

    @EventHandler
    void on(PurchaseOrderRejectedEvent event, DomainEventMessage<?> message) {
        index(event.purchaseOrderId(), message);
    }

    @EventHandler
    void on(PurchaseOrderSentEvent event, DomainEventMessage<?> message) {
        index(event.purchaseOrderId(), message);
    }

    @EventHandler
    void on(PurchaseOrderConfirmedEvent event, DomainEventMessage<?> message) {
        index(event.purchaseOrderId(), message);
    }

    @EventHandler
    void on(PurchaseOrderExpectedDatesChangedEvent event, DomainEventMessage<?> message) {
        index(event.purchaseOrderId(), message);
    }

    @EventHandler
    void on(PurchaseOrderGoodsReceivedEvent event, DomainEventMessage<?> message) {
        index(event.purchaseOrderId(), message);
    }

    @EventHandler
    void on(PurchaseOrderCancelledEvent event, DomainEventMessage<?> message) {
        index(event.purchaseOrderId(), message);
    }

    @EventHandler
    void on(PurchaseOrderClosedEvent event, DomainEventMessage<?> message) {
        index(event.purchaseOrderId(), message);
    }

    @ResetHandler
    void reset() {
        index.recreate();
    }

    /**
     * What the event sets on the order's document: the status and totals it leaves (as the table's steps), and when
     * the order began and went out.
     */
    private void index(String id, DomainEventMessage<?> message) {
        Object event = message.getPayload();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("version", message.getSequenceNumber());
        if (event instanceof PurchaseOrderCreatedEvent e) {
            doc.put("number", e.number());
            doc.put("supplierId", e.supplierId());
            doc.put("warehouseId", e.warehouseId());
            doc.put("currency", e.currency());
            doc.put("createdAt", message.getTimestamp().toString());
        }
        PurchaseOrderStatus status = PurchaseOrderSteps.statusAfter(event, null);
        if (status != null) {
            doc.put("status", status.name());
        }
        if (event instanceof PurchaseOrderSentEvent) {
            doc.put("sentAt", message.getTimestamp().toString());
        }
        PurchaseOrderTotals totals = PurchaseOrderSteps.totalsAfter(event);
        if (totals != null) {
            doc.put("total", totals.total().amount());
        }
        index.merge(id, doc);
    }
}
