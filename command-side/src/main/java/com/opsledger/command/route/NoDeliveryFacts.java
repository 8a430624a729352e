package com.opsledger.command.route;

import com.opsledger.command.routing.GeoPoint;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The route facts while deliveries and coordinates are not built: no delivery is known (so a route is planned with no
 * stops, and naming a delivery is a 404) and no warehouse has coordinates. The deliveries slice replaces it.
 */
@Component
class NoDeliveryFacts implements RouteFacts {

    @Override
    public Optional<DeliveryFacts> delivery(String deliveryId) {
        return Optional.empty();
    }

    @Override
    public Optional<GeoPoint> warehouse(String warehouseId) {
        return Optional.empty();
    }
}
