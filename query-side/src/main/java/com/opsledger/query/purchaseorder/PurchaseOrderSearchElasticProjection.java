package com.opsledger.query.purchaseorder;

import com.opsledger.kernel.purchaseorder.PurchaseOrderCreatedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderSentEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
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

    /** Every event of a purchase order leaves its document as {@link #index} reads it. */
    @EventHandler
    void on(PurchaseOrderEvent event, DomainEventMessage<?> message) {
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
        PurchaseOrderStatus status = PurchaseOrderStatus.after((PurchaseOrderEvent) event, null);
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
