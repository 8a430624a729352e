package com.opsledger.command.lookup;

import com.opsledger.kernel.catalog.Valuation;
import com.opsledger.kernel.common.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
class JdbcUnitValues implements UnitValues {

    private final JdbcTemplate jdbc;
    private final ProductCosts costs;

    JdbcUnitValues(JdbcTemplate jdbc, ProductCosts costs) {
        this.jdbc = jdbc;
        this.costs = costs;
    }

    @Override
    public Optional<Money> unitValue(String productId) {
        return Valuation.unitValue(costs.cost(productId).orElse(null), lastPurchasePrice(productId).orElse(null));
    }

    private Optional<Money> lastPurchasePrice(String productId) {
        return jdbc.query("select unit_price, currency from cmd_purchase_price where product_id = ?",
                (rs, row) -> Money.of(rs.getBigDecimal(1), rs.getString(2)), productId).stream().findFirst();
    }
}
