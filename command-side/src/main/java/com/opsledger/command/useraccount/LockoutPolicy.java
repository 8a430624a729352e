package com.opsledger.command.useraccount;

import java.time.Duration;
import java.time.Instant;

/** After {@code maxFailures} failed sign-ins in a row an account is locked for {@code lockFor}. */
public record LockoutPolicy(int maxFailures, Duration lockFor) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

    boolean locksAfter(int consecutiveFailures) {
        return consecutiveFailures >= maxFailures;
    }

    Instant lockedUntil(Instant failedAt) {
        return failedAt.plus(lockFor);
    }
}
