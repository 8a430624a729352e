package com.opsledger.command.delivery;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Numbers from a PostgreSQL sequence, which never hands a value out twice, even across rolled-back transactions. */
@Component
class JdbcDeliveryNumbers implements DeliveryNumbers {

    private final JdbcTemplate jdbc;

    JdbcDeliveryNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String next() {
        Long value = jdbc.queryForObject("select nextval('delivery_number_seq')", Long.class);
        return String.format("DL-%06d", value);
    }
}
