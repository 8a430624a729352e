package com.opsledger.infra.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the tokens whose signature and claims the verifying decoder accepted, keyed by the exact token string, so
 * a client that sends the same bearer token again skips the parse and the RS256 check. Time is checked on every use
 * with the verifier's own rule and clock skew: a remembered token past its {@code exp} (or before its {@code nbf}) is
 * dropped and handed to the verifier again, which refuses it. A token the verifier refuses is never remembered, nor is
 * one without {@code exp}. At most {@code capacity} tokens are kept (give or take one per thread adding at the same
 * moment); when full, the expired ones go first, then a tenth of the rest.
 */
final class CachingJwtDecoder implements JwtDecoder {

    /** The clock skew of Spring's JwtTimestampValidator, which the verifier uses too. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final JwtDecoder verifier;
    private final int capacity;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    CachingJwtDecoder(JwtDecoder verifier, int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.verifier = verifier;
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt remembered = verified.get(token);
        if (remembered != null) {
            if (inTime(remembered, clock.instant())) {
                return remembered;
            }
            verified.remove(token, remembered);
        }
        Jwt jwt = verifier.decode(token);
        if (jwt.getExpiresAt() != null && inTime(jwt, clock.instant())) {
            remember(token, jwt);
        }
        return jwt;
    }

    int size() {
        return verified.size();
    }

    /** The same test as JwtTimestampValidator's, with its skew. */
    private static boolean inTime(Jwt jwt, Instant now) {
        Instant expiresAt = jwt.getExpiresAt();
        Instant notBefore = jwt.getNotBefore();
        return (expiresAt == null || !now.minus(CLOCK_SKEW).isAfter(expiresAt))
                && (notBefore == null || !now.plus(CLOCK_SKEW).isBefore(notBefore));
    }

    private void remember(String token, Jwt jwt) {
        if (verified.size() >= capacity) {
            makeRoom();
        }
        verified.put(token, jwt);
    }

    private synchronized void makeRoom() {
        if (verified.size() < capacity) {
            return;
        }
        Instant now = clock.instant();
        verified.values().removeIf(jwt -> !inTime(jwt, now));
        int excess = verified.size() - (capacity - Math.max(1, capacity / 10));
        Iterator<String> tokens = verified.keySet().iterator();
        while (excess-- > 0 && tokens.hasNext()) {
            tokens.next();
            tokens.remove();
        }
    }
}
