package com.opsledger.kernel.order;

/** One order; {@code scopeCustomerId}, when set, is the only customer whose orders the asker may see. */
public record FindOrderQuery(String orderId, String scopeCustomerId) {
}
