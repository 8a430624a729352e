package com.opsledger.infra.security;

import com.opsledger.kernel.access.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The session check's remembered answers: reused briefly, never across a change this process sees. */
class CallerDirectoryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    /** The auth_session/auth_user row as the check's statement reads it; counts the reads. */
    private static final class Sessions extends JdbcTemplate {
        Timestamp endedAt;
        String roles = "warehouse-staff";
        String permissions = "stock-items:*";
        boolean totpEnabled;
        int reads;
        Runnable duringRead = () -> { };

        @Override
        public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
            reads++;
            duringRead.run();
            Object[] row = {"u1", "dana", false, null, roles, null, null, null, totpEnabled, endedAt,
                    Timestamp.from(NOW.plusSeconds(3600)), permissions};
            ResultSet rs = (ResultSet) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{ResultSet.class}, (proxy, method, arguments) -> {
                        Object value = row[(Integer) arguments[0] - 1];
                        return method.getName().equals("getBoolean") ? Boolean.TRUE.equals(value) : value;
                    });
            try {
                return List.of(mapper.mapRow(rs, 0));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final Sessions sessions = new Sessions();
    private final AtomicLong nanos = new AtomicLong();
    private final MovableClock clock = new MovableClock();
    private final CallerDirectory callers = new CallerDirectory(sessions, clock, false, Duration.ofSeconds(1), 100,
            nanos::get);

    @Test
    void canAnswerRepeatedChecksOfAnOpenSessionFromOneReadPerSecond() {
        assertThat(callers.find("u1", "s1")).map(Caller::username).contains("dana");
        assertThat(callers.find("u1", "s1")).isPresent();
        assertThat(sessions.reads).isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(callers.find("u1", "s1")).isPresent();
        assertThat(sessions.reads).as("read again after the cache time").isEqualTo(2);
        assertThat(callers.find("someone-else", "s1")).as("another user's claim on the session is read").isPresent();
        assertThat(sessions.reads).isEqualTo(3);
    }

    @Test
    void cannotAnswerFromMemoryOnceAChangeHasBegunOrEnded() {
        callers.find("u1", "s1");
        callers.changeBegins();
        sessions.endedAt = Timestamp.from(NOW);
        assertThat(callers.find("u1", "s1")).as("while the change is under way").isEmpty();
        callers.changeEnds();
        assertThat(callers.find("u1", "s1")).as("after it").isEmpty();
        assertThat(sessions.reads).isEqualTo(3);
    }

    @Test
    void cannotRememberAnAnswerReadWhileAChangeBeganAndEnded() {
        sessions.duringRead = () -> {
            callers.changeBegins();
            callers.changeEnds();
        };
        callers.find("u1", "s1");
        sessions.duringRead = () -> { };
        callers.find("u1", "s1");
        assertThat(sessions.reads).as("the answer read before the change ended was not kept").isEqualTo(2);
        callers.find("u1", "s1");
        assertThat(sessions.reads).isEqualTo(2);
    }

    @Test
    void canLimitAnyoneGrantedEverythingWithoutASecondFactorToEnrollingWhateverTheirRoleIsCalled() {
        CallerDirectory strict = new CallerDirectory(sessions, clock, true, Duration.ZERO, 100, nanos::get);
        sessions.roles = "superuser";
        sessions.permissions = "*";
        assertThat(strict.find("u1", "s1")).map(Caller::permissions).contains(java.util.Set.of("account:manage"));
        sessions.totpEnabled = true;
        assertThat(strict.find("u1", "s1")).map(Caller::permissions).get().asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.COLLECTION).contains("*");

        sessions.totpEnabled = false;
        sessions.roles = "admin";
        sessions.permissions = "users:create";
        assertThat(strict.find("u1", "s1")).as("a role named admin that does not grant everything")
                .map(Caller::permissions).get().asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.COLLECTION).contains("users:create");
    }

    @Test
    void canReadEveryCheckWhenTheCacheIsOff() {
        CallerDirectory uncached = new CallerDirectory(sessions, clock, false, Duration.ZERO, 100, nanos::get);
        uncached.find("u1", "s1");
        assertThat(uncached.find("u1", "s1")).isPresent();
        assertThat(sessions.reads).isEqualTo(2);
    }

    @Test
    void cannotAnswerFromMemoryOnceTheSessionHasExpired() {
        assertThat(callers.find("u1", "s1")).isPresent();
        clock.now = NOW.plusSeconds(3600);
        assertThat(callers.find("u1", "s1")).isEmpty();
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
