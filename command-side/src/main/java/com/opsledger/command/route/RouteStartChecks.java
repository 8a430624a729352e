package com.opsledger.command.route;

import java.util.List;

/**
 * Whether a route's deliveries may leave when it starts: per goods held back (a batch without its passed pre-dispatch
 * quality check), why; empty when all may go. A route refused here does not start, rather than start with deliveries
 * that cannot be dispatched.
 */
public interface RouteStartChecks {

    List<String> held(String warehouseId, List<String> deliveryIds);
}
