package com.opsledger.infra.security;

import com.opsledger.kernel.access.Caller;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a token's bearer is, checked on every request against the read models: the session must still be open and
 * unexpired, the user neither disabled nor locked; permissions come from the user's roles as they are now.
 */
class CallerDirectory {

    static final String OWN_ACCOUNT = "account:manage";
    static final String ADMIN_ROLE = "admin";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final boolean secondFactorRequiredForAdmin;

    CallerDirectory(JdbcTemplate jdbc, Clock clock, boolean secondFactorRequiredForAdmin) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.secondFactorRequiredForAdmin = secondFactorRequiredForAdmin;
    }

    private record Row(String userId, String username, boolean disabled, Instant lockedUntil, Set<String> roles,
                       String customerId, String supplierId, String driverId, boolean totpEnabled, Instant endedAt,
                       Instant expiresAt, Set<String> permissions) {
    }

    Optional<Caller> find(String userId, String sessionId) {
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
        if (row.disabled() || row.endedAt() != null || !now.isBefore(row.expiresAt())
                || (row.lockedUntil() != null && now.isBefore(row.lockedUntil()))) {
            return Optional.empty();
        }
        Set<String> permissions = new HashSet<>();
        permissions.add(OWN_ACCOUNT);
        boolean mustEnrol = secondFactorRequiredForAdmin && row.roles().contains(ADMIN_ROLE) && !row.totpEnabled();
        if (!mustEnrol) {
            permissions.addAll(row.permissions());
        }
        return Optional.of(new Caller(row.userId(), row.username(), row.roles(), permissions, row.customerId(),
                row.supplierId(), row.driverId()));
    }

    private static Set<String> words(String column) {
        return column == null || column.isBlank() ? Set.of() : new HashSet<>(Arrays.asList(column.split(" ")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
