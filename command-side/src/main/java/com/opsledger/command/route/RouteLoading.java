package com.opsledger.command.route;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.route.RouteLoad;
import com.opsledger.kernel.route.Routes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which deliveries a route may carry: each known, open, of the route's warehouse and named once; together no heavier
 * than the vehicle's capacity. A delivery whose weight is not all known counts what is known and is flagged, never
 * refused.
 */
final class RouteLoading {

    record Loaded(List<RouteFacts.DeliveryFacts> deliveries, RouteLoad load) {
    }

    private RouteLoading() {
    }

    static Loaded load(RouteFacts facts, String warehouseId, List<String> deliveryIds, BigDecimal capacityKg) {
        List<String> ids = deliveryIds == null ? List.of() : deliveryIds;
        if (ids.size() > Routes.MAX_STOPS) {
            throw new InvalidValueException("deliveryIds", "must hold at most " + Routes.MAX_STOPS + " deliveries");
        }
        Set<String> seen = new HashSet<>();
        List<RouteFacts.DeliveryFacts> deliveries = new ArrayList<>();
        List<String> unweighed = new ArrayList<>();
        BigDecimal kg = BigDecimal.ZERO;
        for (String id : ids) {
            Ids.requireValid("deliveryIds", id);
            if (!seen.add(id)) {
                throw new InvalidValueException("deliveryIds", "names delivery " + id + " twice");
            }
            RouteFacts.DeliveryFacts delivery = facts.delivery(id)
                    .orElseThrow(() -> new NotFoundException("delivery", id));
            if (!delivery.warehouseId().equals(warehouseId)) {
                throw new BusinessRuleViolationException("delivery-of-another-warehouse", "deliveryIds",
                        "delivery " + id + " leaves from another warehouse");
            }
            if (!delivery.open()) {
                throw new BusinessRuleViolationException("delivery-not-routable", "deliveryIds",
                        "delivery " + id + " is " + delivery.status());
            }
            kg = kg.add(delivery.weightKg() == null ? BigDecimal.ZERO : delivery.weightKg());
            if (delivery.weightUnknown()) {
                unweighed.add(id);
            }
            deliveries.add(delivery);
        }
        if (kg.compareTo(capacityKg) > 0) {
            throw new BusinessRuleViolationException("route-over-capacity", "deliveryIds", "the load of "
                    + kg.stripTrailingZeros().toPlainString() + " kg exceeds the vehicle's capacity of "
                    + capacityKg.stripTrailingZeros().toPlainString() + " kg");
        }
        BigDecimal plain = kg.stripTrailingZeros();
        return new Loaded(List.copyOf(deliveries), new RouteLoad(plain.scale() < 0 ? plain.setScale(0) : plain,
                unweighed));
    }
}
