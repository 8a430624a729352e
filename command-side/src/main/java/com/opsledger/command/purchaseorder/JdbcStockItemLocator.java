package com.opsledger.command.purchaseorder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Reads the uniqueness claim a stock item makes on its product and warehouse when it is opened. */
@Component
class JdbcStockItemLocator implements StockItemLocator {

    static final String SCOPE = "stock-item.product-warehouse";

    private final JdbcTemplate jdbc;

    JdbcStockItemLocator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> stockItemOf(String productId, String warehouseId) {
        return jdbc.queryForList("select owner_id from cmd_unique_key where scope = ? and unique_key = ?",
                String.class, SCOPE, productId + "/" + warehouseId).stream().findFirst();
    }
}
