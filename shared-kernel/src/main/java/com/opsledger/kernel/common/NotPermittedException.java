package com.opsledger.kernel.common;

/**
 * A caller who may take this kind of action in general, refused it on this record by a rule about who they are
 * (403), e.g. approving a purchase order they drafted themselves.
 */
public class NotPermittedException extends DomainException {

    private final String rule;

    public NotPermittedException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** A stable, machine-readable name of the rule, e.g. {@code four-eyes}. */
    public String rule() {
        return rule;
    }
}
