package com.opsledger.command.qualitycheck;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Numbers from a PostgreSQL sequence, which never hands a value out twice, even across rolled-back transactions. */
@Component
class JdbcQualityCheckNumbers implements QualityCheckNumbers {

    private final JdbcTemplate jdbc;

    JdbcQualityCheckNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String next() {
        Long value = jdbc.queryForObject("select nextval('quality_check_number_seq')", Long.class);
        return String.format("QC-%06d", value);
    }
}
