package com.opsledger.infra.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code opsledger.security.*}: the bootstrap administrator, token signing and lifetimes, sign-in backoff, second
 * factor and rate limits.
 */
@ConfigurationProperties("opsledger.security")
public record SecuritySettings(String adminPassword, Jwt jwt, Backoff backoff, Totp totp, RateLimit rateLimit,
                               SessionCheck sessionCheck) {

    public SecuritySettings {
        jwt = jwt == null ? new Jwt(null, null, null, null, null, null, null) : jwt;
        backoff = backoff == null ? new Backoff(0, 0, null, null, null) : backoff;
        totp = totp == null ? new Totp(false) : totp;
        rateLimit = rateLimit == null ? new RateLimit(0, 0, 0, 0) : rateLimit;
        sessionCheck = sessionCheck == null ? new SessionCheck(null, null) : sessionCheck;
    }

    /**
     * Access tokens are RS256 JWTs. {@code privateKey} (a PKCS#8 PEM file) signs them; a node that only checks
     * tokens may be given just {@code publicKey}. With neither, a key is generated once and kept in the data
     * directory. {@code verifiedTokenCacheSize} tokens that passed the signature and claim checks are remembered, so
     * their repeats skip those checks (time and the session are still checked on every request); 0 remembers none.
     */
    public record Jwt(String issuer, String audience, Duration accessTokenLifetime, Duration sessionLifetime,
                      String privateKey, String publicKey, Integer verifiedTokenCacheSize) {

        public Jwt {
            issuer = issuer == null ? "opsledger" : issuer;
            audience = audience == null ? "opsledger-api" : audience;
            accessTokenLifetime = accessTokenLifetime == null ? Duration.ofMinutes(15) : accessTokenLifetime;
            sessionLifetime = sessionLifetime == null ? Duration.ofHours(12) : sessionLifetime;
            verifiedTokenCacheSize = verifiedTokenCacheSize == null ? 10_000 : verifiedTokenCacheSize;
            if (verifiedTokenCacheSize < 0) {
                throw new IllegalArgumentException("opsledger.security.jwt.verified-token-cache-size must be 0 (off) "
                        + "or more, not " + verifiedTokenCacheSize);
            }
        }
    }

    /**
     * Failed sign-ins counted by user name and by client IP ({@link SignInBackoff}): once a key has had its free
     * failures, each further one makes its next sign-in wait {@code firstDelay}, doubling up to {@code maxDelay};
     * failures older than {@code forgetAfter} are forgotten.
     */
    public record Backoff(int freeFailuresPerUser, int freeFailuresPerIp, Duration firstDelay, Duration maxDelay,
                          Duration forgetAfter) {

        public Backoff {
            freeFailuresPerUser = freeFailuresPerUser <= 0 ? 5 : freeFailuresPerUser;
            freeFailuresPerIp = freeFailuresPerIp <= 0 ? 20 : freeFailuresPerIp;
            firstDelay = firstDelay == null || firstDelay.isNegative() || firstDelay.isZero() ? Duration.ofSeconds(1)
                    : firstDelay;
            maxDelay = maxDelay == null || maxDelay.compareTo(firstDelay) < 0 ? Duration.ofMinutes(15) : maxDelay;
            forgetAfter = forgetAfter == null ? Duration.ofDays(1) : forgetAfter;
        }
    }

    public record Totp(boolean requiredForAdmin) {
    }

    /** Requests allowed per minute (a token bucket that refills evenly). */
    public record RateLimit(int loginPerIp, int loginPerUser, int apiPerIp, int apiPerUser) {

        public RateLimit {
            loginPerIp = loginPerIp <= 0 ? 60 : loginPerIp;
            loginPerUser = loginPerUser <= 0 ? 10 : loginPerUser;
            apiPerIp = apiPerIp <= 0 ? 30_000 : apiPerIp;
            apiPerUser = apiPerUser <= 0 ? 12_000 : apiPerUser;
        }
    }

    /**
     * The per-request session check's answer for an open session is remembered for {@code cacheTime} (0: off), for
     * at most {@code cacheSize} sessions. Changes this process sees end it at once; others are seen within that time.
     */
    public record SessionCheck(Duration cacheTime, Integer cacheSize) {

        public SessionCheck {
            cacheTime = cacheTime == null ? Duration.ofSeconds(1) : cacheTime;
            cacheSize = cacheSize == null ? 10_000 : cacheSize;
            if (cacheTime.isNegative() || cacheSize < 0) {
                throw new IllegalArgumentException("opsledger.security.session-check.cache-time and .cache-size must "
                        + "be 0 (off) or more");
            }
        }
    }

    /** Never shows the secret, in logs or error messages. */
    @Override
    public String toString() {
        return "SecuritySettings[adminPassword " + (adminPassword == null || adminPassword.isBlank() ? "not set"
                : "hidden") + ", jwt=" + jwt + "]";
    }
}
