package com.opsledger.infra.security;

import org.springframework.http.HttpStatus;

/** A refusal of access answered as problem+json: 401 (who are you), 403 (not allowed) or 429 (slow down). */
public class AccessProblem extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final long retryAfterSeconds;

    public AccessProblem(HttpStatus status, String type, String detail) {
        this(status, type, detail, 0);
    }

    public AccessProblem(HttpStatus status, String type, String detail, long retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.type = type;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    static AccessProblem unauthenticated(String type, String detail) {
        return new AccessProblem(HttpStatus.UNAUTHORIZED, type, detail);
    }

    static AccessProblem signInBackoff(long retryAfterSeconds) {
        return new AccessProblem(HttpStatus.TOO_MANY_REQUESTS, "sign-in-backoff", "too many failed sign-ins for this "
                + "user or from this address; retry after " + retryAfterSeconds + " s", retryAfterSeconds);
    }

    static AccessProblem tooManyRequests(long retryAfterSeconds) {
        return new AccessProblem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "too many requests; retry after " + retryAfterSeconds + " s", retryAfterSeconds);
    }
}
