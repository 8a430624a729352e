package com.opsledger.query.route;

import com.opsledger.kernel.delivery.DeliveryCreatedEvent;
import com.opsledger.kernel.delivery.DeliveryDeliveredEvent;
import com.opsledger.kernel.delivery.DeliveryFailedEvent;
import com.opsledger.kernel.delivery.DeliveryScheduledEvent;
import com.opsledger.kernel.delivery.DeliveryUnscheduledEvent;
import com.opsledger.kernel.route.RouteCompletedEvent;
import com.opsledger.kernel.route.RouteOptimisedEvent;
import com.opsledger.kernel.route.RoutePlannedEvent;
import com.opsledger.kernel.route.RouteStartedEvent;
import com.opsledger.kernel.route.RouteStopsChangedEvent;
import com.opsledger.kernel.route.Routes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Routes in the report index. Elasticsearch is outside the token store's transaction, so a batch may come again:
 * every write sets absolute values under the route's id, and writing it twice changes nothing. The outcomes of the
 * deliveries ({@code delivered}, {@code onTime}, {@code failures}) are counted afresh from {@link RouteDeliveryOutcomes}
 * whenever one of the route's deliveries is handed over, fails or moves.
 */
@Component
@ProcessingGroup("route-report-elastic")
class RouteReportElasticProjection {

    private final RouteReportIndex index;
    private final RouteDeliveryOutcomes outcomes;

    RouteReportElasticProjection(RouteReportIndex index, RouteDeliveryOutcomes outcomes) {
        this.index = index;
        this.outcomes = outcomes;
    }

    @EventHandler
    void on(DeliveryCreatedEvent event) {
        outcomes.slot(event.deliveryId(), event.timeSlot());
    }

    @EventHandler
    void on(DeliveryScheduledEvent event) {
        String left = outcomes.route(event.deliveryId(), event.routeId());
        figures(left);
        figures(event.routeId());
    }

    @EventHandler
    void on(DeliveryUnscheduledEvent event) {
        outcomes.route(event.deliveryId(), null);
        figures(event.routeId());
    }

    @EventHandler
    void on(DeliveryDeliveredEvent event, @Timestamp Instant at) {
        figures(outcomes.delivered(event.deliveryId(), at));
    }

    @EventHandler
    void on(DeliveryFailedEvent event) {
        figures(outcomes.failed(event.deliveryId(), event.reason()));
    }

    private void figures(String routeId) {
        if (routeId != null) {
            index.merge(routeId, outcomes.figures(routeId));
        }
    }

    @EventHandler
    void on(RoutePlannedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.routeId(), sequence, at);
        doc.put("number", event.number());
        doc.put("status", Routes.PLANNED);
        doc.put("driverId", event.driverId());
        doc.put("vehicleId", event.vehicleId());
        doc.put("warehouseId", event.warehouseId());
        doc.put("date", event.date().toString());
        doc.put("stops", event.stops().size());
        doc.put("plannedKm", event.distanceKm());
        doc.put("loadKg", event.load().kg());
        doc.put("unweighedDeliveries", event.load().unweighedDeliveryIds().size());
        doc.put("capacityKg", event.capacityKg());
        index.merge(event.routeId(), doc);
    }

    @EventHandler
    void on(RouteStopsChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.routeId(), sequence, at);
        doc.put("stops", event.stops().size());
        doc.put("plannedKm", event.distanceKm());
        doc.put("loadKg", event.load().kg());
        doc.put("unweighedDeliveries", event.load().unweighedDeliveryIds().size());
        index.merge(event.routeId(), doc);
    }

    @EventHandler
    void on(RouteOptimisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.routeId(), sequence, at);
        doc.put("plannedKm", event.distanceAfterKm());
        index.merge(event.routeId(), doc);
    }

    @EventHandler
    void on(RouteStartedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.routeId(), sequence, at);
        doc.put("status", Routes.IN_PROGRESS);
        index.merge(event.routeId(), doc);
    }

    @EventHandler
    void on(RouteCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> doc = fields(event.routeId(), sequence, at);
        doc.put("status", Routes.COMPLETED);
        doc.put("drivenKm", event.drivenKm() == null ? BigDecimal.ZERO : event.drivenKm());
        index.merge(event.routeId(), doc);
    }

    @ResetHandler
    void reset() {
        outcomes.clear();
        index.recreate();
    }

    private static Map<String, Object> fields(String routeId, long sequence, Instant at) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", routeId);
        doc.put("version", sequence);
        doc.put("updatedAt", at.toString());
        return doc;
    }
}
