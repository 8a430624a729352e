package com.opsledger.kernel.customer;

/**
 * Every event of a customer, whichever it is: what a read model needs that follows the whole of one customer and
 * reads each of its events the same way (by the id, then through one evolve).
 */
public interface CustomerEvent {

    String customerId();
}
