package com.opsledger.command.route;

import org.springframework.stereotype.Component;

/**
 * The dispatch hook while deliveries are not built: no route can hold a delivery yet ({@link NoDeliveryFacts}), so
 * there is nothing to dispatch. The deliveries slice replaces it with its dispatch command.
 */
@Component
class NoDeliveryDispatch implements DeliveryDispatch {

    @Override
    public void dispatch(String deliveryId, String routeId) {
        throw new IllegalStateException("delivery " + deliveryId + " of route " + routeId
                + " cannot be dispatched: deliveries are not available");
    }
}
