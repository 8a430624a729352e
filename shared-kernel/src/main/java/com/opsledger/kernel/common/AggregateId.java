package com.opsledger.kernel.common;

/** The id of any record, whatever its type (the audit trail's). */
public record AggregateId(String value) implements EntityId {

    public AggregateId {
        value = Ids.requireValid("id", value);
    }
}
