package com.opsledger.kernel.delivery;

/**
 * Every event of a delivery, whichever it is: what a read model needs that follows the whole of one delivery and
 * reads each of its events the same way (by the id, then through one evolve).
 */
public interface DeliveryEvent {

    String deliveryId();
}
