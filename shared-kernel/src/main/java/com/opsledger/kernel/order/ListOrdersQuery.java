package com.opsledger.kernel.order;

import com.opsledger.kernel.common.PageSpec;

import java.time.Instant;

/** Orders, each filter optional; placed in [{@code from}, {@code to}). */
public record ListOrdersQuery(String customerId, String status, Instant from, Instant to, String scopeCustomerId,
                              PageSpec page) {
}
