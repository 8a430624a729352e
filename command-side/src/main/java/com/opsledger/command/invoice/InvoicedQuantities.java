package com.opsledger.command.invoice;

import java.math.BigDecimal;

/**
 * How much of each purchase order line is already on invoices that stand (registered and not rejected), so that an
 * invoice is matched with the ones before it. Follows the invoices' events up to the command that asks.
 */
public interface InvoicedQuantities {

    BigDecimal invoiced(String purchaseOrderId, String lineId);
}
