package com.opsledger.command.stocktake;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Numbers from a PostgreSQL sequence, which never hands a value out twice, even across rolled-back transactions. */
@Component
class JdbcStocktakeNumbers implements StocktakeNumbers {

    private final JdbcTemplate jdbc;

    JdbcStocktakeNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String next() {
        Long value = jdbc.queryForObject("select nextval('stocktake_number_seq')", Long.class);
        return String.format("ST-%06d", value);
    }
}
