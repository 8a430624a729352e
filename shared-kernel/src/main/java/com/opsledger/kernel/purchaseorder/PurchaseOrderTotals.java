package com.opsledger.kernel.purchaseorder;

import com.opsledger.kernel.common.Money;

/** Sum of the lines, the discount off it, the tax on what remains, and what is owed. */
public record PurchaseOrderTotals(Money subtotal, Money discount, Money tax, Money total) {
}
