package com.opsledger.infra.security;

import com.opsledger.kernel.access.Caller;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Who a token's bearer is, checked on every request against the read models: the session must still be open and
 * unexpired, the user not disabled; permissions come from the user's roles as they are now. Failed sign-ins elsewhere
 * never refuse an open session (see {@link SignInBackoff}). A user whose roles grant everything ({@code *}) and who
 * has no second factor may only enrol one when {@code secondFactorRequiredForAdmin} is on.
 * <p>
 * An open session's answer is remembered for {@code rememberFor} (its expiry is still checked on every use), so a
 * burst of requests reads the database once. Changes to users, roles and sessions that this process sees forget
 * everything remembered: from the moment a change begins (an access event in this process's projection, a request
 * that may change access) until it has ended, every check reads the database, and what was read before it ended is
 * never used again. A change this process does not see (made through another process, whose projection runs
 * elsewhere) is seen here within {@code rememberFor}.
 */
class CallerDirectory {

    static final String OWN_ACCOUNT = "account:manage";
    static final String ADMIN_ROLE = "admin";
    static final String EVERYTHING = "*";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final boolean secondFactorRequiredForAdmin;
    private final long rememberNanos;
    private final int capacity;
    private final LongSupplier nanoTime;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    /** Counts the changes that have ended; an answer read before the latest one ended is stale. */
    private final AtomicLong changesEnded = new AtomicLong();
    private final AtomicInteger changesUnderWay = new AtomicInteger();

    CallerDirectory(JdbcTemplate jdbc, Clock clock, boolean secondFactorRequiredForAdmin, Duration rememberFor,
                    int capacity, LongSupplier nanoTime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.secondFactorRequiredForAdmin = secondFactorRequiredForAdmin;
        this.rememberNanos = capacity > 0 ? rememberFor.toNanos() : 0;
        this.capacity = capacity;
        this.nanoTime = nanoTime;
    }

    private record Remembered(String userId, Caller caller, Instant sessionExpiresAt, long readAt, long changesEnded) {
    }

    /** A change to users, roles or sessions begins: until it ends, every check reads the database. */
    void changeBegins() {
        changesUnderWay.incrementAndGet();
    }

    /** A change that began has ended, committed or not: nothing remembered before is used again. */
    void changeEnds() {
        changesEnded.incrementAndGet();
        changesUnderWay.decrementAndGet();
    }

    Optional<Caller> find(String userId, String sessionId) {
        if (rememberNanos <= 0) {
            return read(userId, sessionId).map(OpenSession::caller);
        }
        long now = nanoTime.getAsLong();
        if (changesUnderWay.get() == 0) {
            Remembered known = remembered.get(sessionId);
            if (known != null && known.changesEnded() == changesEnded.get() && now - known.readAt() < rememberNanos
                    && known.userId().equals(userId) && clock.instant().isBefore(known.sessionExpiresAt())) {
                return Optional.of(known.caller());
            }
        }
        long changesBefore = changesEnded.get();
        Optional<OpenSession> session = read(userId, sessionId);
        // remembered only when no change began or ended while it was read
        if (session.isPresent() && changesUnderWay.get() == 0 && changesEnded.get() == changesBefore) {
            remember(sessionId, new Remembered(userId, session.get().caller(), session.get().expiresAt(), now,
                    changesBefore));
        }
        return session.map(OpenSession::caller);
    }

    private void remember(String sessionId, Remembered answer) {
        if (remembered.size() >= capacity) {
            long now = nanoTime.getAsLong();
            remembered.values().removeIf(old -> now - old.readAt() >= rememberNanos);
            if (remembered.size() >= capacity) {
                remembered.clear();
            }
        }
        remembered.put(sessionId, answer);
    }

    private record Row(String userId, String username, boolean disabled, Instant lockedUntil, Set<String> roles,
                       String customerId, String supplierId, String driverId, boolean totpEnabled, Instant endedAt,
                       Instant expiresAt, Set<String> permissions) {
    }

    private record OpenSession(Caller caller, Instant expiresAt) {
    }

    private Optional<OpenSession> read(String userId, String sessionId) {
        List<Row> rows = jdbc.query("select u.user_id, u.username, u.disabled, u.locked_until, u.roles, u.customer_id, "
                        + "u.supplier_id, u.driver_id, u.totp_enabled, s.ended_at, s.expires_at, "
                        + "(select string_agg(r.permissions, ' ') from auth_role r "
                        + "where r.name = any(string_to_array(u.roles, ' '))) from auth_session s "
                        + "join auth_user u on u.user_id = s.user_id where s.session_id = ? and s.user_id = ?",
                (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3), instant(rs.getTimestamp(4)),
                        words(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9),
                        instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11)), words(rs.getString(12))),
                sessionId, userId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row row = rows.get(0);
        Instant now = clock.instant();
        if (row.disabled() || row.endedAt() != null || !now.isBefore(row.expiresAt())) {
            return Optional.empty();
        }
        Set<String> permissions = new HashSet<>();
        permissions.add(OWN_ACCOUNT);
        boolean mustEnrol = secondFactorRequiredForAdmin && row.permissions().contains(EVERYTHING)
                && !row.totpEnabled();
        if (!mustEnrol) {
            permissions.addAll(row.permissions());
        }
        return Optional.of(new OpenSession(new Caller(row.userId(), row.username(), row.roles(), permissions,
                row.customerId(), row.supplierId(), row.driverId(),
                CallerScopes.of(row.roles(), row.customerId(), row.supplierId(), row.driverId())), row.expiresAt()));
    }

    private static Set<String> words(String column) {
        return column == null || column.isBlank() ? Set.of() : new HashSet<>(Arrays.asList(column.split(" ")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
