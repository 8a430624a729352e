package com.opsledger.kernel.route;

/** One route; a driver ({@code onlyDriverId} set) finds only their own. */
public record FindRouteQuery(String routeId, String onlyDriverId) {
}
