package com.opsledger.kernel.common;

/** A field holds a value that can never be accepted (400). */
public class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage().substring(field.length() + 1);
    }
}
