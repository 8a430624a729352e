package com.opsledger.infra.embedded;

/** An embedded server could not be prepared, started or reached; the message says what to do about it. */
public class EmbeddedServiceException extends RuntimeException {

    public EmbeddedServiceException(String message) {
        super(message);
    }

    public EmbeddedServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
