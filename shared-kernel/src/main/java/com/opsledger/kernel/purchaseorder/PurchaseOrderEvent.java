package com.opsledger.kernel.purchaseorder;

/**
 * Every event of a purchase order, whichever it is: what a read model needs that follows the whole of one purchase order and
 * reads each of its events the same way (by the id, then through one evolve).
 */
public interface PurchaseOrderEvent {

    String purchaseOrderId();
}
