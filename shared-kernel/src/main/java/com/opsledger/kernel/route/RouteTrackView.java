package com.opsledger.kernel.route;

import java.util.List;

/** A route's positions, oldest first; {@code truncated} when more than the answer holds fell in the period. */
public record RouteTrackView(String routeId, List<RoutePositionView> positions, boolean truncated) {
}
