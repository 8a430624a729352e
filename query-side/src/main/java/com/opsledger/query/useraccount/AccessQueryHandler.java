package com.opsledger.query.useraccount;

import com.opsledger.kernel.common.PageSpec;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.useraccount.FindUserQuery;
import com.opsledger.kernel.useraccount.ListRolesQuery;
import com.opsledger.kernel.useraccount.ListSecurityEventsQuery;
import com.opsledger.kernel.useraccount.ListSessionsQuery;
import com.opsledger.kernel.useraccount.ListUsersQuery;
import com.opsledger.kernel.useraccount.RoleListView;
import com.opsledger.kernel.useraccount.RoleView;
import com.opsledger.kernel.useraccount.SecurityEventView;
import com.opsledger.kernel.useraccount.SessionView;
import com.opsledger.kernel.useraccount.UserView;
import com.opsledger.query.common.SqlFilter;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Component
class AccessQueryHandler {

    private static final String USER_COLUMNS = "user_id, username, email, display_name, disabled, roles, customer_id, "
            + "supplier_id, driver_id, locked_until, totp_enabled, created_at, version";

    private final JdbcTemplate jdbc;

    AccessQueryHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    UserView handle(FindUserQuery query) {
        return jdbc.query("select " + USER_COLUMNS + " from auth_user where user_id = ?", USER, query.userId())
                .stream().findFirst().orElse(null);
    }

    @QueryHandler
    PageView<UserView> handle(ListUsersQuery query) {
        SqlFilter where = SqlFilter.from("from auth_user where true");
        if (query.q() != null && !query.q().isBlank()) {
            String pattern = "%" + query.q().strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_")
                    + "%";
            where.andAlways("(lower(username) like ? or lower(display_name) like ?)", pattern, pattern);
        }
        return page("select " + USER_COLUMNS, where, "lower(username)", query.page(), USER);
    }

    @QueryHandler
    RoleListView handle(ListRolesQuery query) {
        String prefix = query.prefix() == null ? "" : query.prefix();
        return new RoleListView(jdbc.query("select name, description, permissions, version from auth_role "
                        + "where starts_with(name, ?) order by name",
                (rs, row) -> new RoleView(rs.getString(1), rs.getString(2), Roles.split(rs.getString(3)),
                        rs.getLong(4)), prefix));
    }

    @QueryHandler
    PageView<SessionView> handle(ListSessionsQuery query) {
        SqlFilter where = SqlFilter.from("from auth_session s left join auth_user u on u.user_id = s.user_id "
                        + "where true")
                .and("s.user_id = ?", query.userId());
        if (query.activeOnly()) {
            where.andAlways("s.ended_at is null and s.expires_at > now()");
        }
        return page("select s.session_id, s.user_id, u.username, s.client_ip, s.created_at, s.last_refreshed_at, "
                + "s.expires_at, s.ended_at, s.end_reason", where, "s.created_at desc", query.page(),
                (rs, row) -> new SessionView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        instant(rs, 5), instant(rs, 6), instant(rs, 7), instant(rs, 8), rs.getString(9)));
    }

    @QueryHandler
    PageView<SecurityEventView> handle(ListSecurityEventsQuery query) {
        SqlFilter where = SqlFilter.from("from security_event e left join auth_user u on u.user_id = e.user_id "
                        + "where true")
                .and("e.user_id = ?", query.userId())
                .and("e.type = ?", query.type());
        return page("select e.position, e.user_id, u.username, e.type, e.detail, e.client_ip, e.at", where,
                "e.position desc", query.page(), (rs, row) -> new SecurityEventView(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), instant(rs, 7)));
    }

    /** {@code select} over what {@code where} filters, one page in {@code order}, with the total. */
    private <V> PageView<V> page(String columns, SqlFilter where, String order, PageSpec spec, RowMapper<V> mapper) {
        String select = columns + " " + where.sql();
        List<Object> arguments = where.args();
        Long total = jdbc.queryForObject("select count(*) from (" + select + ") counted", Long.class,
                arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(spec.size());
        paged.add((long) spec.page() * spec.size());
        List<V> items = jdbc.query(select + " order by " + order + " limit ? offset ?", mapper, paged.toArray());
        long count = total == null ? 0 : total;
        return new PageView<>(items, spec.page(), spec.size(), count, (int) ((count + spec.size() - 1) / spec.size()));
    }

    private static final RowMapper<UserView> USER = (rs, row) -> {
        Instant lockedUntil = instant(rs, 10);
        boolean locked = lockedUntil != null && lockedUntil.isAfter(Instant.now());
        String status = rs.getBoolean(5) ? "disabled" : locked ? "locked" : "active";
        return new UserView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), status,
                Roles.split(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                locked ? lockedUntil : null, rs.getBoolean(11), instant(rs, 12), rs.getLong(13));
    };

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
