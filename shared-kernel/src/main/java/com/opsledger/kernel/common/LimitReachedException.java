package com.opsledger.kernel.common;

/**
 * A request refused because its caller holds as much of something as one caller may (429), e.g. open streams; it may
 * be tried again once one is given back.
 */
public class LimitReachedException extends DomainException {

    private final String limit;
    private final long retryAfterSeconds;

    public LimitReachedException(String limit, String message, long retryAfterSeconds) {
        super(message);
        this.limit = limit;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A stable, machine-readable name of the limit, e.g. {@code streams-per-user}. */
    public String limit() {
        return limit;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
