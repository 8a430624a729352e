package com.opsledger.command.transfer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Numbers from a PostgreSQL sequence, which never hands a value out twice, even across rolled-back transactions. */
@Component
class JdbcTransferNumbers implements TransferNumbers {

    private final JdbcTemplate jdbc;

    JdbcTransferNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String next() {
        Long value = jdbc.queryForObject("select nextval('transfer_number_seq')", Long.class);
        return String.format("TR-%06d", value);
    }
}
