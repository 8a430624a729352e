package com.opsledger.infra.security;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows down guessing instead of locking accounts: failed sign-ins are counted by client IP and by user name, and once
 * a key has had its free failures, each further failure makes that key's next sign-in wait, from
 * {@code firstDelay} doubling up to {@code maxDelay}. A success forgets both keys; failures older than
 * {@code forgetAfter} start the count again. The counts live in PostgreSQL ({@code sign_in_backoff}), so they hold
 * across restarts and every node of the application shares them. Only sign-in reads them: a request with a valid
 * token never waits because of failures elsewhere.
 */
class SignInBackoff {

    private final JdbcTemplate jdbc;
    private final SecuritySettings.Backoff settings;
    private final Clock clock;

    SignInBackoff(JdbcTemplate jdbc, SecuritySettings.Backoff settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Refuses (429, with the seconds to wait) while the address or the user name waits out a delay. */
    void check(String ip, String username) {
        Instant now = clock.instant();
        Timestamp until = jdbc.queryForObject("select max(blocked_until) from sign_in_backoff "
                + "where backoff_key in (?, ?) and blocked_until > ?", Timestamp.class, ipKey(ip), userKey(username),
                Timestamp.from(now));
        if (until != null) {
            long seconds = Math.max(1, (Duration.between(now, until.toInstant()).toMillis() + 999) / 1000);
            throw AccessProblem.signInBackoff(seconds);
        }
    }

    void failed(String ip, String username) {
        Instant now = clock.instant();
        count(ipKey(ip), settings.freeFailuresPerIp(), now);
        count(userKey(username), settings.freeFailuresPerUser(), now);
        jdbc.update("delete from sign_in_backoff where last_failure_at < ? and (blocked_until is null "
                + "or blocked_until < ?)", Timestamp.from(now.minus(settings.forgetAfter())), Timestamp.from(now));
    }

    void succeeded(String ip, String username) {
        jdbc.update("delete from sign_in_backoff where backoff_key in (?, ?)", ipKey(ip), userKey(username));
    }

    private void count(String key, int freeFailures, Instant now) {
        Integer failures = jdbc.queryForObject("insert into sign_in_backoff as b (backoff_key, failures, "
                        + "last_failure_at) values (?, 1, ?) on conflict (backoff_key) do update set failures = "
                        + "case when b.last_failure_at < ? then 1 else b.failures + 1 end, "
                        + "last_failure_at = excluded.last_failure_at returning failures", Integer.class, key,
                Timestamp.from(now), Timestamp.from(now.minus(settings.forgetAfter())));
        if (failures != null && failures >= freeFailures) {
            jdbc.update("update sign_in_backoff set blocked_until = ? where backoff_key = ?",
                    Timestamp.from(now.plus(delay(failures - freeFailures))), key);
        }
    }

    /** The wait after the {@code beyondFree}-th failure past the free ones (0 for the last free one). */
    Duration delay(int beyondFree) {
        Duration max = settings.maxDelay();
        Duration delay = settings.firstDelay();
        for (int i = 0; i < beyondFree && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    private static String ipKey(String ip) {
        return "ip:" + ip;
    }

    private static String userKey(String username) {
        return "user:" + username.toLowerCase(Locale.ROOT);
    }
}
