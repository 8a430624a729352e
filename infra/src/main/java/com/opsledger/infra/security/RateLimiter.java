package com.opsledger.infra.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by key (an IP, a user): each holds up to a minute's allowance and refills evenly. A refused request
 * learns how many seconds until it would be allowed.
 */
class RateLimiter {

    private static final int MAX_KEYS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    RateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** 0 when allowed, otherwise the seconds to wait (at least 1). */
    long acquire(String key, int perMinute) {
        if (buckets.size() > MAX_KEYS) {
            long now = nanoTime.getAsLong();
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > 120_000_000_000L);
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(perMinute, nanoTime.getAsLong()))
                .take(perMinute, nanoTime.getAsLong());
    }

    /** Refuses (429, with the seconds to wait) when the key has used up its allowance. */
    void check(String key, int perMinute) {
        long wait = acquire(key, perMinute);
        if (wait > 0) {
            throw AccessProblem.tooManyRequests(wait);
        }
    }

    private static final class Bucket {

        private double tokens;
        private long updated;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updated = now;
        }

        synchronized long take(int perMinute, long now) {
            double perNano = perMinute / 60e9;
            tokens = Math.min(perMinute, tokens + (now - updated) * perNano);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }

        synchronized long idleSince(long now) {
            return now - updated;
        }
    }
}
