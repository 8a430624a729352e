package com.opsledger.kernel.purchaseorder;

import java.math.BigDecimal;

/** One group of the spending report in one currency: its key (supplier id, yyyy-MM or product category),
 * orders and their total. */
public record SpendingGroupView(String key, String currency, long orders, BigDecimal total) {
}
