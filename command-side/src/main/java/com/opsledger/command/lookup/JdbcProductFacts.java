package com.opsledger.command.lookup;

import com.opsledger.kernel.common.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Optional;

@Component
class JdbcProductFacts implements ProductFacts {

    private final JdbcTemplate jdbc;

    JdbcProductFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Facts> of(String productId) {
        return jdbc.query("select perishable, shelf_life_days, inspection, weight_kg, price, cost, currency "
                + "from cmd_product_facts where product_id = ?", (rs, row) -> {
            String currency = rs.getString(7);
            return new Facts(rs.getBoolean(1), (Integer) rs.getObject(2), rs.getString(3), plain(rs.getBigDecimal(4)),
                    money(rs.getBigDecimal(5), currency), money(rs.getBigDecimal(6), currency));
        }, productId).stream().findFirst();
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : Money.of(amount.stripTrailingZeros(), currency);
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
