package com.opsledger.command.route;

/**
 * The hook a started route calls for each of its deliveries: the delivery leaves the warehouse (its reservations are
 * issued). The deliveries slice implements it by sending its dispatch command.
 */
public interface DeliveryDispatch {

    void dispatch(String deliveryId, String routeId);
}
