package com.opsledger.kernel.customer;

/** One customer; {@code scopeCustomerId}, when set, is the only customer the asker may see. */
public record FindCustomerQuery(String customerId, String scopeCustomerId) {
}
