package com.opsledger.command.route;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Route numbers ({@code RT-000123}) from a PostgreSQL sequence, which never hands a value out twice. */
@Component
public class RouteNumbers {

    private final JdbcTemplate jdbc;

    RouteNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String next() {
        Long value = jdbc.queryForObject("select nextval('route_number_seq')", Long.class);
        return String.format("RT-%06d", value);
    }
}
