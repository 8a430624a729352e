package com.opsledger.kernel.common;

/** A value that must be unique is already taken by another record (409). */
public class DuplicateException extends DomainException {

    private final String field;
    private final String value;
    private final String existingId;

    public DuplicateException(String field, String value, String existingId) {
        super(field + " '" + value + "' is already used by " + existingId);
        this.field = field;
        this.value = value;
        this.existingId = existingId;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }

    public String existingId() {
        return existingId;
    }
}
