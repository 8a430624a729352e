package com.opsledger.kernel.route;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The route left the warehouse with these deliveries: each is dispatched (its stock leaves). */
@Revision("1")
public record RouteStartedEvent(String routeId, String warehouseId, String driverId, String vehicleId,
                                List<String> deliveryIds) implements RouteEvent {
}
