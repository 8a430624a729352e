package com.opsledger.command.route;

import com.opsledger.kernel.route.RouteStartedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** A route that leaves the warehouse dispatches each of its deliveries: their stock leaves. */
@Component
@ProcessingGroup(RouteDispatchProcess.NAME)
class RouteDispatchProcess {

    static final String NAME = "route-dispatch";

    private final DeliveryDispatch dispatch;

    RouteDispatchProcess(DeliveryDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @EventHandler
    void on(RouteStartedEvent event) {
        for (String deliveryId : event.deliveryIds()) {
            dispatch.dispatch(deliveryId, event.routeId());
        }
    }
}
