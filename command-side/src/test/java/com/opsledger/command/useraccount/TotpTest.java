package com.opsledger.command.useraccount;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6238 appendix B (SHA-1 seed "12345678901234567890"), cut to the six digits authenticator apps show. */
class TotpTest {

    private static final String SEED = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void canProduceTheRfc6238ReferenceCodes() {
        assertThat(Totp.code(SEED, 59 / 30)).isEqualTo("287082");
        assertThat(Totp.code(SEED, 1111111109L / 30)).isEqualTo("081804");
        assertThat(Totp.code(SEED, 1111111111L / 30)).isEqualTo("050471");
        assertThat(Totp.code(SEED, 1234567890L / 30)).isEqualTo("005924");
        assertThat(Totp.code(SEED, 2000000000L / 30)).isEqualTo("279037");
    }

    @Test
    void canAcceptOneStepOfClockDriftButNoMore() {
        Instant at = Instant.ofEpochSecond(1234567890L);
        assertThat(Totp.verify(SEED, "005924", at)).isTrue();
        assertThat(Totp.verify(SEED, "005924", at.plusSeconds(30))).isTrue();
        assertThat(Totp.verify(SEED, "005924", at.plusSeconds(90))).isFalse();
        assertThat(Totp.verify(SEED, "5924", at)).isFalse();
    }

    @Test
    void canReadBackTheBase32ItWrites() {
        byte[] bytes = "any twenty bytes!!!!".getBytes(StandardCharsets.US_ASCII);
        assertThat(Totp.unbase32(Totp.base32(bytes))).isEqualTo(bytes);
    }
}
