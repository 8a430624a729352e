package com.opsledger.kernel.supplier;

/**
 * Every event of a supplier, whichever it is: what a read model needs that follows the whole of one supplier and
 * reads each of its events the same way (by the id, then through one evolve).
 */
public interface SupplierEvent {

    String supplierId();
}
