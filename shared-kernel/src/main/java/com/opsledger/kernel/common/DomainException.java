package com.opsledger.kernel.common;

/** A refused command or query, with a message a person can act on. The REST layer maps each kind to a status. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
