package com.opsledger.kernel.customer;

import com.opsledger.kernel.common.PageSpec;

/** Customers whose name or e-mail starts with {@code text} (any when null), within the asker's scope. */
public record ListCustomersQuery(String text, String scopeCustomerId, PageSpec page) {
}
