package com.opsledger.kernel.route;

/** Every event of a route: what a read model following a whole route reads it by. */
public interface RouteEvent {

    String routeId();
}
