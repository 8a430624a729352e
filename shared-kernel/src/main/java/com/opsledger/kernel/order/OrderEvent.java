package com.opsledger.kernel.order;

/**
 * Every event of a customer order, whichever it is: what a read model needs that follows the whole of one customer order and
 * reads each of its events the same way (by the id, then through one evolve).
 */
public interface OrderEvent {

    String orderId();
}
