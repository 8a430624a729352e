package com.opsledger.kernel.delivery;

import com.opsledger.kernel.common.PageSpec;

import java.time.Instant;

/** Deliveries by order, status, route, customer and creation time, within the caller's scope. */
public record ListDeliveriesQuery(String orderId, String status, String routeId, String customerId, Instant from,
                                  Instant to, String scopeCustomerId, String scopeDriverId, PageSpec page) {
}
