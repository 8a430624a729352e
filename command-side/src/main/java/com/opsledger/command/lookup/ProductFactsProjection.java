package com.opsledger.command.lookup;

import com.opsledger.kernel.catalog.ProductAttributes;
import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import com.opsledger.kernel.common.Money;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * Keeps the table behind {@link JdbcProductFacts}, subscribed in the transaction of the command whose events it
 * follows: a product created or changed is consulted as it now is by the very next command.
 */
@Component
@ProcessingGroup(LookupGroups.ORDERS)
class ProductFactsProjection {

    private final JdbcTemplate jdbc;

    ProductFactsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProductCreatedEvent event) {
        facts(event.productId(), event.attributes());
    }

    @EventHandler
    void on(ProductUpdatedEvent event) {
        facts(event.productId(), event.attributes());
    }

    private void facts(String productId, ProductAttributes a) {
        jdbc.update("insert into cmd_product_facts (product_id, perishable, shelf_life_days, inspection, weight_kg, "
                        + "price, cost, currency) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (product_id) do update "
                        + "set perishable = excluded.perishable, shelf_life_days = excluded.shelf_life_days, "
                        + "inspection = excluded.inspection, weight_kg = excluded.weight_kg, price = excluded.price, "
                        + "cost = excluded.cost, currency = excluded.currency", productId, a.perishable(),
                a.shelfLifeDays(), a.inspection(), a.weightKg(), amount(a.price()), amount(a.cost()), a.currency());
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }
}
