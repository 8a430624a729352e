package com.opsledger.command.invoice;

import java.math.BigDecimal;

/**
 * How much of each purchase order line is already on invoices that stand (registered and not rejected), so that an
 * invoice is matched with the ones before it. Written in the command's transaction.
 */
public interface InvoicedQuantities {

    BigDecimal invoiced(String purchaseOrderId, String lineId);

    void add(String purchaseOrderId, String lineId, BigDecimal quantity);
}
