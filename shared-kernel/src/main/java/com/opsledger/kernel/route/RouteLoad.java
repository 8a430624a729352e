package com.opsledger.kernel.route;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a route carries, in kg: the deliveries whose products' weights are not all known count only what is known,
 * and are named in {@code unweighedDeliveryIds}.
 */
public record RouteLoad(BigDecimal kg, List<String> unweighedDeliveryIds) {

    public RouteLoad {
        unweighedDeliveryIds = List.copyOf(unweighedDeliveryIds);
    }
}
