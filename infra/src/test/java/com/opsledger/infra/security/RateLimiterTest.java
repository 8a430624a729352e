package com.opsledger.infra.security;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(now::get);

    @Test
    void canAllowAMinutesAllowanceAtOnceThenAskToWait() {
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire("ip:10.0.0.1", 60)).isZero();
        }
        assertThat(limiter.acquire("ip:10.0.0.1", 60)).isEqualTo(1);
        assertThat(limiter.acquire("ip:10.0.0.2", 60)).as("another key has its own bucket").isZero();
    }

    @Test
    void canRefillEvenlyOverTheMinute() {
        for (int i = 0; i < 10; i++) {
            limiter.acquire("user:dana", 10);
        }
        assertThat(limiter.acquire("user:dana", 10)).isEqualTo(6);
        now.addAndGet(6_000_000_000L);
        assertThat(limiter.acquire("user:dana", 10)).isZero();
        assertThat(limiter.acquire("user:dana", 10)).isPositive();
    }
}
