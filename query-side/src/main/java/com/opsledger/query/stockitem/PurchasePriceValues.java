package com.opsledger.query.stockitem;

import com.opsledger.kernel.catalog.Valuation;
import com.opsledger.kernel.common.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What a unit of each product is worth on the query side, by the one {@link Valuation} rule: for now from its last
 * purchase price (the line price of the latest purchase order that received it); a product cost, where the catalogue
 * records one, comes first once the product read model holds it. A product with neither has no value.
 */
@Component
public class PurchasePriceValues {

    private final JdbcTemplate jdbc;

    PurchasePriceValues(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Money> unitValues(Collection<String> productIds) {
        Map<String, Money> values = new HashMap<>();
        if (productIds.isEmpty()) {
            return values;
        }
        jdbc.query("select distinct on (l ->> 'productId') l ->> 'productId', (l ->> 'unitPrice')::numeric, "
                + "o.currency from purchase_order_view o cross join lateral jsonb_array_elements(o.lines) l "
                + "where l ->> 'productId' = any(?) and (l ->> 'received')::numeric > 0 "
                + "order by l ->> 'productId', o.updated_at desc", rs -> {
                    String productId = rs.getString(1);
                    Valuation.unitValue(null, Money.of(rs.getBigDecimal(2), rs.getString(3)))
                            .ifPresent(value -> values.put(productId, value));
                }, (Object) productIds.toArray(String[]::new));
        return values;
    }
}
