package com.opsledger.command.route;

import com.opsledger.command.routing.GeoPoint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * What a route needs to know of its deliveries and its warehouse: where each delivery goes, in which slot, what it
 * weighs, and where the warehouse is. The deliveries (and the coordinates of warehouses and addresses) are their own
 * slice; until it provides these facts, {@link NoDeliveryFacts} answers that none are known.
 */
public interface RouteFacts {

    /**
     * A delivery as a route sees it. {@code point} is null when its address has no coordinates; {@code weightKg} counts
     * the lines whose product weight is known, and {@code weightUnknown} says some line's is not.
     */
    record DeliveryFacts(String deliveryId, String warehouseId, String status, GeoPoint point, Instant slotFrom,
                         Instant slotTo, BigDecimal weightKg, boolean weightUnknown) {

        /** Whether the delivery still awaits its stop (neither delivered, failed, returned nor cancelled). */
        public boolean open() {
            return !status.equals("delivered") && !status.equals("failed") && !status.equals("returned")
                    && !status.equals("cancelled");
        }
    }

    Optional<DeliveryFacts> delivery(String deliveryId);

    /** The warehouse's coordinates, when it has them. */
    Optional<GeoPoint> warehouse(String warehouseId);
}
