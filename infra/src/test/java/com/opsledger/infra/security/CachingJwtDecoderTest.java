package com.opsledger.infra.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real RS256 tokens from {@link AccessTokens}, checked with and without the cache on a clock the test moves. */
class CachingJwtDecoderTest {

    private static final Instant ISSUED = Instant.parse("2026-11-02T10:00:00Z");
    private static final Duration LIFETIME = Duration.ofMinutes(15);

    private final MovableClock clock = new MovableClock(ISSUED);
    private final SigningKeys keys = generatedKeys();
    private final AccessTokens uncached = accessTokens(0);
    private final AtomicInteger verifications = new AtomicInteger();
    private final JwtDecoder countingVerifier = token -> {
        verifications.incrementAndGet();
        return uncached.decoder().decode(token);
    };

    @Test
    void canAnswerARepeatedTokenWithoutVerifyingItAgain() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(countingVerifier, 100, clock);
        String token = issue(ISSUED);

        Jwt first = decoder.decode(token);
        Jwt second = decoder.decode(token);

        assertThat(second).isSameAs(first);
        assertThat(second.getSubject()).isEqualTo("user-1");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void cannotAcceptARememberedTokenOnceItHasExpired() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(countingVerifier, 100, clock);
        String token = issue(ISSUED);
        decoder.decode(token);

        clock.set(ISSUED.plus(LIFETIME).plus(CachingJwtDecoder.CLOCK_SKEW).plusSeconds(1));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(decoder.size()).as("the expired token is dropped").isZero();
    }

    @Test
    void cannotDecideOtherwiseThanTheUncachedDecoderAtAnyMoment() {
        JwtDecoder cached = accessTokens(100).decoder();
        assertThat(cached).isInstanceOf(CachingJwtDecoder.class);
        String token = issue(ISSUED);
        cached.decode(token);
        Instant expires = ISSUED.plus(LIFETIME);
        Instant[] moments = {ISSUED.minusSeconds(120), ISSUED.minusSeconds(61), ISSUED.minusSeconds(59), ISSUED,
                expires.minusSeconds(1), expires, expires.plusSeconds(59), expires.plusSeconds(60),
                expires.plusSeconds(61), expires.plusSeconds(3600), ISSUED};

        for (Instant moment : moments) {
            clock.set(moment);
            assertThat(accepts(cached, token)).as("at %s", moment).isEqualTo(accepts(uncached.decoder(), token));
        }
        clock.set(expires.plusSeconds(59));
        assertThat(accepts(cached, token)).as("within the clock skew of 60 s").isTrue();
        clock.set(expires.plusSeconds(61));
        assertThat(accepts(cached, token)).as("past the clock skew").isFalse();
        clock.set(ISSUED.minusSeconds(61));
        assertThat(accepts(cached, token)).as("before nbf, past the clock skew").isFalse();
    }

    @Test
    void cannotRememberATokenItRefused() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(countingVerifier, 100, clock);
        String token = issue(ISSUED);
        String[] parts = token.split("\\.");
        char changed = parts[2].charAt(10) == 'A' ? 'B' : 'A';
        String tampered = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + changed
                + parts[2].substring(11);

        assertThatThrownBy(() -> decoder.decode(tampered)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(tampered)).isInstanceOf(JwtException.class);

        assertThat(verifications).as("verified both times").hasValue(2);
        assertThat(decoder.size()).isZero();
    }

    @Test
    void canKeepNoMoreTokensThanItsCapacityAndDropExpiredOnesFirst() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(countingVerifier, 10, clock);
        for (int i = 0; i < 10; i++) {
            decoder.decode(issue(ISSUED));
        }
        assertThat(decoder.size()).isEqualTo(10);

        clock.set(ISSUED.plus(LIFETIME).plus(CachingJwtDecoder.CLOCK_SKEW).plusSeconds(1));
        String fresh = issue(clock.instant());
        decoder.decode(fresh);
        assertThat(decoder.size()).as("the ten expired ones went, the new one stays").isEqualTo(1);

        for (int i = 0; i < 35; i++) {
            decoder.decode(issue(clock.instant()));
            assertThat(decoder.size()).isLessThanOrEqualTo(10);
        }
    }

    private static boolean accepts(JwtDecoder decoder, String token) {
        try {
            decoder.decode(token);
            return true;
        } catch (JwtException e) {
            return false;
        }
    }

    private String issue(Instant now) {
        return uncached.issue("user-1", "someone", "session-1", now);
    }

    private AccessTokens accessTokens(int cacheSize) {
        return new AccessTokens(new SecuritySettings.Jwt("opsledger", "opsledger-api", LIFETIME, Duration.ofHours(12),
                null, null, cacheSize), keys, clock);
    }

    private static SigningKeys generatedKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new SigningKeys((RSAPublicKey) pair.getPublic(), (RSAPrivateCrtKey) pair.getPrivate());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
