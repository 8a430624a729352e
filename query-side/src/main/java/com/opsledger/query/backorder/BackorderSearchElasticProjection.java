package com.opsledger.query.backorder;

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
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Backorders in Elasticsearch. Elasticsearch is outside the token store's transaction, so a batch may come again
 * after a failure: every write sets absolute values under the backorder's id, and writing it twice changes nothing.
 */
@Component
@ProcessingGroup("backorder-search-elastic")
class BackorderSearchElasticProjection {

    private final BackorderSearchIndex index;

    BackorderSearchElasticProjection(BackorderSearchIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(BackorderCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.backorderId(), sequence, at);
        doc.put("orderId", event.orderId());
        doc.put("lineId", event.lineId());
        doc.put("customerId", event.customerId());
        doc.put("productId", event.productId());
        doc.put("warehouseId", event.warehouseId());
        doc.put("stockItemId", event.stockItemId());
        doc.put("supplierId", event.supplierId());
        doc.put("unitPrice", event.unitPrice() == null ? null : event.unitPrice().amount());
        doc.put("currency", event.unitPrice() == null ? null : event.unitPrice().currency());
        doc.put("outstandingValue", event.unitPrice() == null ? null : BackorderValues.outstanding(
                event.quantity().amount(), "pending", event.unitPrice().amount(), event.unitPrice().currency()));
        doc.put("unit", event.quantity().unit());
        doc.put("quantity", event.quantity().amount());
        doc.put("allocated", 0);
        doc.put("remaining", event.quantity().amount());
        doc.put("status", "pending");
        doc.put("priority", event.priority());
        doc.put("eta", event.eta() == null ? null : event.eta().toString());
        doc.put("etaBasis", event.etaBasis());
        doc.put("slaDueDate", text(event.slaDueDate()));
        doc.put("slaState", "on-track");
        doc.put("orderPlacedAt", text(event.orderPlacedAt()));
        doc.put("createdAt", at.toString());
        index.put(event.backorderId(), doc);
    }

    @EventHandler
    void on(BackorderAllocatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.backorderId(), sequence, at);
        doc.put("allocated", event.allocated().amount());
        doc.put("remaining", event.remaining().amount());
        doc.put("status", "in-progress");
        index.get(event.backorderId()).filter(d -> d.unitPrice() != null && d.currency() != null).ifPresent(d ->
                doc.put("outstandingValue", BackorderValues.outstanding(event.remaining().amount(), "in-progress",
                        d.unitPrice(), d.currency())));
        index.merge(event.backorderId(), doc);
    }

    @EventHandler
    void on(BackorderFulfilledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.backorderId(), sequence, at);
        doc.put("status", "fulfilled");
        boolean breached = index.get(event.backorderId()).map(d -> "breached".equals(d.slaState())).orElse(false);
        doc.put("slaState", breached ? "breached" : "met");
        settled(event.backorderId(), doc);
        index.merge(event.backorderId(), doc);
    }

    @EventHandler
    void on(BackorderCancelledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.backorderId(), sequence, at);
        doc.put("status", "cancelled");
        doc.put("slaState", "closed");
        settled(event.backorderId(), doc);
        index.merge(event.backorderId(), doc);
    }

    @EventHandler
    void on(BackorderPriorityChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.backorderId(), sequence, at);
        doc.put("priority", event.priority());
        doc.put("priorityReason", event.reason());
        index.merge(event.backorderId(), doc);
    }

    @EventHandler
    void on(BackorderEtaChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.backorderId(), sequence, at);
        doc.put("eta", event.eta().toString());
        doc.put("etaBasis", event.etaBasis());
        index.merge(event.backorderId(), doc);
    }

    @EventHandler
    void on(BackorderSlaAtRiskEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.backorderId(), sequence, at);
        doc.put("slaState", "at-risk");
        index.merge(event.backorderId(), doc);
    }

    @EventHandler
    void on(BackorderSlaBreachedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.backorderId(), sequence, at);
        doc.put("slaState", "breached");
        index.merge(event.backorderId(), doc);
    }

    @ResetHandler
    void reset() {
        index.recreate();
    }

    private static Map<String, Object> fields(String backorderId, long sequence, Instant at) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", backorderId);
        doc.put("version", sequence);
        doc.put("updatedAt", at.toString());
        return doc;
    }

    /** A fulfilled or cancelled backorder owes nothing more: its outstanding value, when priced, is 0. */
    private void settled(String backorderId, Map<String, Object> doc) {
        if (index.get(backorderId).map(d -> d.unitPrice() != null).orElse(false)) {
            doc.put("outstandingValue", 0);
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
