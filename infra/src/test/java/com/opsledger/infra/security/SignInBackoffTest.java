package com.opsledger.infra.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The wait after failed sign-ins: the first delay, doubling with each further failure, up to the cap. */
class SignInBackoffTest {

    private final SignInBackoff backoff = new SignInBackoff(null,
            new SecuritySettings.Backoff(0, 0, null, null, null), Clock.systemUTC());

    @Test
    void canDoubleTheWaitFromOneSecondUpToFifteenMinutes() {
        assertThat(backoff.delay(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delay(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delay(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(backoff.delay(9)).isEqualTo(Duration.ofSeconds(512));
        assertThat(backoff.delay(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(backoff.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void canBeConfiguredAndDefaultsToFiveFailuresPerUserAndTwentyPerAddress() {
        SecuritySettings.Backoff defaults = new SecuritySettings.Backoff(0, 0, null, null, null);
        assertThat(defaults.freeFailuresPerUser()).isEqualTo(5);
        assertThat(defaults.freeFailuresPerIp()).isEqualTo(20);
        assertThat(defaults.forgetAfter()).isEqualTo(Duration.ofDays(1));
        SecuritySettings.Backoff custom = new SecuritySettings.Backoff(3, 10, Duration.ofMillis(500),
                Duration.ofSeconds(4), Duration.ofHours(1));
        assertThat(new SignInBackoff(null, custom, Clock.systemUTC()).delay(4)).isEqualTo(Duration.ofSeconds(4));
    }
}
