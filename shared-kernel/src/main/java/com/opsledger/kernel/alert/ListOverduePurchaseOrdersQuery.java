package com.opsledger.kernel.alert;

import java.time.LocalDate;

/**
 * The sent, confirmed or partly received purchase orders whose expected date is before {@code today} and that have no
 * supplier-late alert yet: the rule of the operations dashboard's overdue supplier deliveries.
 */
public record ListOverduePurchaseOrdersQuery(LocalDate today) {
}
