package com.opsledger.kernel.invoice;

/**
 * Every event of a supplier invoice, whichever it is: what a read model needs that follows the whole of one supplier invoice and
 * reads each of its events the same way (by the id, then through one evolve).
 */
public interface InvoiceEvent {

    String invoiceId();
}
