package com.opsledger.query.delivery;

import com.opsledger.kernel.delivery.DeliveryCancelledEvent;
import com.opsledger.kernel.delivery.DeliveryCreatedEvent;
import com.opsledger.kernel.delivery.DeliveryDeliveredEvent;
import com.opsledger.kernel.delivery.DeliveryDispatchedEvent;
import com.opsledger.kernel.delivery.DeliveryFailedEvent;
import com.opsledger.kernel.delivery.DeliveryReturnedEvent;
import com.opsledger.kernel.delivery.DeliveryScheduledEvent;
import com.opsledger.kernel.delivery.DeliveryUnscheduledEvent;
import com.opsledger.kernel.delivery.TimeSlot;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Deliveries in Elasticsearch, for the delivery reports. Elasticsearch is outside the token store's transaction, so a
 * batch may come again after a failure: every write sets absolute values under the delivery's id, and writing it
 * twice changes nothing. A delivery is on time when it was handed over inside its time slot (unknown without one). Its
 * load is weighed when it is planned and again when it is put on a route ({@link DeliveryLoads}).
 */
@Component
@ProcessingGroup("delivery-search-elastic")
class DeliverySearchElasticProjection {

    private final DeliverySearchIndex index;
    private final DeliveryLoads loads;

    DeliverySearchElasticProjection(DeliverySearchIndex index, DeliveryLoads loads) {
        this.index = index;
        this.loads = loads;
    }

    @EventHandler
    void on(DeliveryCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.deliveryId(), sequence, at, "pending");
        doc.put("number", event.number());
        doc.put("orderId", event.orderId());
        doc.put("customerId", event.customerId());
        doc.put("warehouseId", event.warehouseId());
        TimeSlot slot = event.timeSlot();
        doc.put("slotFrom", slot == null ? null : text(slot.from()));
        doc.put("slotTo", slot == null ? null : text(slot.to()));
        doc.put("createdAt", at.toString());
        load(doc, loads.of(event.lines()));
        index.merge(event.deliveryId(), doc);
    }

    @EventHandler
    void on(DeliveryScheduledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.deliveryId(), sequence, at, "scheduled");
        doc.put("routeId", event.routeId());
        doc.put("driverId", event.driverId());
        doc.put("vehicleId", event.vehicleId());
        // weighed again as the route weighed it: a product may have got its weight since the delivery was planned
        loads.ofDelivery(event.deliveryId()).ifPresent(weight -> load(doc, weight));
        index.merge(event.deliveryId(), doc);
    }

    @EventHandler
    void on(DeliveryUnscheduledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.deliveryId(), sequence, at, "pending");
        doc.put("routeId", null);
        doc.put("driverId", null);
        doc.put("vehicleId", null);
        index.merge(event.deliveryId(), doc);
    }

    @EventHandler
    void on(DeliveryDispatchedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.deliveryId(), sequence, at, "out-for-delivery");
        doc.put("dispatchedAt", at.toString());
        index.merge(event.deliveryId(), doc);
    }

    @EventHandler
    void on(DeliveryDeliveredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.deliveryId(), sequence, at, "delivered");
        doc.put("deliveredAt", at.toString());
        doc.put("onTime", index.get(event.deliveryId())
                .filter(d -> d.slotFrom() != null || d.slotTo() != null)
                .map(d -> new TimeSlot(instant(d.slotFrom()), instant(d.slotTo())).contains(at)).orElse(null));
        index.merge(event.deliveryId(), doc);
    }

    @EventHandler
    void on(DeliveryFailedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.deliveryId(), sequence, at, "failed");
        doc.put("failureReason", event.reason());
        index.merge(event.deliveryId(), doc);
    }

    @EventHandler
    void on(DeliveryReturnedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        index.merge(event.deliveryId(), fields(event.deliveryId(), sequence, at, "returned"));
    }

    @EventHandler
    void on(DeliveryCancelledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        index.merge(event.deliveryId(), fields(event.deliveryId(), sequence, at, "cancelled"));
    }

    @ResetHandler
    void reset() {
        index.recreate();
    }

    private static void load(Map<String, Object> doc, DeliveryLoads.Load load) {
        doc.put("loadKg", load.kg());
        doc.put("weightUnknown", load.weightUnknown());
    }

    private static Map<String, Object> fields(String deliveryId, long sequence, Instant at, String status) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", deliveryId);
        doc.put("status", status);
        doc.put("version", sequence);
        doc.put("updatedAt", at.toString());
        return doc;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
