package com.opsledger.kernel.backorder;

/** One backorder; {@code scopeCustomerId}, when set, is the only customer whose backorders the asker may see. */
public record FindBackorderQuery(String backorderId, String scopeCustomerId) {
}
