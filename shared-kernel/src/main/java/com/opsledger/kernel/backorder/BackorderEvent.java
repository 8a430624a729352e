package com.opsledger.kernel.backorder;

/**
 * Every event of a backorder, whichever it is: what a read model needs that follows the whole of one backorder and
 * reads each of its events the same way (by the id, then through one evolve).
 */
public interface BackorderEvent {

    String backorderId();
}
