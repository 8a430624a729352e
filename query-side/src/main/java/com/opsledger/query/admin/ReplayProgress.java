package com.opsledger.query.admin;

import java.time.Duration;

/** How fast a replay started at {@code startedAt} from position 0 reads, and when it will reach its target. */
record ReplayProgress(long startedAtNanos) {

    /** Seconds left to reach {@code target} at the rate so far; null until the rate is known. */
    Long etaSeconds(long current, long target, long nowNanos) {
        double elapsed = (nowNanos - startedAtNanos) / (double) Duration.ofSeconds(1).toNanos();
        if (current <= 0 || elapsed <= 0) {
            return null;
        }
        double perSecond = current / elapsed;
        return (long) Math.ceil(Math.max(0, target - current) / perSecond);
    }
}
