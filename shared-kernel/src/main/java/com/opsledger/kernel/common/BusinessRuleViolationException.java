package com.opsledger.kernel.common;

/** A well-formed request that a business rule refuses in the record's current state (422). */
public class BusinessRuleViolationException extends DomainException {

    private final String rule;
    private final String field;

    public BusinessRuleViolationException(String rule, String message) {
        this(rule, null, message);
    }

    /** A refusal that comes from the value of one field of the request, which the answer names. */
    public BusinessRuleViolationException(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    /** A stable, machine-readable name of the rule, e.g. {@code insufficient-stock}. */
    public String rule() {
        return rule;
    }

    /** The request field whose value the rule refuses; null when the refusal is about the record's state. */
    public String field() {
        return field;
    }
}
