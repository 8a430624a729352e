package com.opsledger.command.registry;

import com.opsledger.kernel.common.DuplicateException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The registry in PostgreSQL tables of the command side. It runs inside the command's transaction (the one that
 * appends its events), and the primary keys make two concurrent claims of one key end with one winner.
 */
@Component
class JdbcReferenceRegistry implements ReferenceRegistry {

    private final JdbcTemplate jdbc;

    JdbcReferenceRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(String scope, String field, String key, String ownerId) {
        int inserted = jdbc.update("insert into cmd_unique_key (scope, unique_key, owner_id) values (?, ?, ?) "
                + "on conflict do nothing", scope, key, ownerId);
        if (inserted == 0) {
            List<String> owner = jdbc.queryForList(
                    "select owner_id from cmd_unique_key where scope = ? and unique_key = ?", String.class, scope, key);
            throw new DuplicateException(field, key, owner.isEmpty() ? "another record" : owner.get(0));
        }
    }

    @Override
    public Optional<String> ownerOf(String scope, String key) {
        return jdbc.queryForList("select owner_id from cmd_unique_key where scope = ? and unique_key = ?", String.class,
                scope, key).stream().findFirst();
    }

    @Override
    public void registerProduct(String productId, String unit) {
        jdbc.update("insert into cmd_product (product_id, unit) values (?, ?)", productId, unit);
    }

    @Override
    public Optional<String> productUnit(String productId) {
        return jdbc.queryForList("select unit from cmd_product where product_id = ?", String.class, productId)
                .stream().findFirst();
    }

    @Override
    public void registerWarehouse(String warehouseId) {
        jdbc.update("insert into cmd_warehouse (warehouse_id) values (?)", warehouseId);
    }

    @Override
    public boolean warehouseExists(String warehouseId) {
        return !jdbc.queryForList("select 1 from cmd_warehouse where warehouse_id = ?", Integer.class, warehouseId)
                .isEmpty();
    }
}
