package com.opsledger.command.route;

import com.opsledger.command.routing.GeoPoint;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Deliveries and warehouse coordinates as a route sees them, held in memory. */
class InMemoryRouteFacts implements RouteFacts {

    private final Map<String, DeliveryFacts> deliveries = new HashMap<>();
    private final Map<String, GeoPoint> warehouses = new HashMap<>();

    InMemoryRouteFacts with(DeliveryFacts delivery) {
        deliveries.put(delivery.deliveryId(), delivery);
        return this;
    }

    InMemoryRouteFacts warehouseAt(String warehouseId, GeoPoint point) {
        warehouses.put(warehouseId, point);
        return this;
    }

    @Override
    public Optional<DeliveryFacts> delivery(String deliveryId) {
        return Optional.ofNullable(deliveries.get(deliveryId));
    }

    @Override
    public Optional<GeoPoint> warehouse(String warehouseId) {
        return Optional.ofNullable(warehouses.get(warehouseId));
    }
}
