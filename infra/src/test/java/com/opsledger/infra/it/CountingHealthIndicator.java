package com.opsledger.infra.it;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/** A health contributor that counts how often the health endpoint really checks. */
@Component("countedProbe")
public class CountingHealthIndicator implements HealthIndicator {

    private final AtomicInteger checks = new AtomicInteger();

    @Override
    public Health health() {
        checks.incrementAndGet();
        return Health.up().build();
    }

    int checks() {
        return checks.get();
    }
}
