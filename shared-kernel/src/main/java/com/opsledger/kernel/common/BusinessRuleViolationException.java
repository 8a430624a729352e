package com.opsledger.kernel.common;

/** A well-formed request that a business rule refuses in the record's current state (422). */
public class BusinessRuleViolationException extends DomainException {

    private final String rule;

    public BusinessRuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** A stable, machine-readable name of the rule, e.g. {@code insufficient-stock}. */
    public String rule() {
        return rule;
    }
}
