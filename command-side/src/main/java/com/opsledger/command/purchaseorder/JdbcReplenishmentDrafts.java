package com.opsledger.command.purchaseorder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
class JdbcReplenishmentDrafts implements ReplenishmentDrafts {

    private final JdbcTemplate jdbc;

    JdbcReplenishmentDrafts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> openDraft(String supplierId, String warehouseId, String currency) {
        return jdbc.queryForList("select purchase_order_id from cmd_replenishment_draft "
                        + "where supplier_id = ? and warehouse_id = ? and currency = ?", String.class, supplierId,
                warehouseId, currency).stream().findFirst();
    }

    @Override
    public boolean claim(String supplierId, String warehouseId, String currency, String purchaseOrderId) {
        return jdbc.update("insert into cmd_replenishment_draft (supplier_id, warehouse_id, currency, "
                + "purchase_order_id) values (?, ?, ?, ?) on conflict do nothing", supplierId, warehouseId, currency,
                purchaseOrderId) == 1;
    }

    @Override
    public void closed(String purchaseOrderId) {
        jdbc.update("delete from cmd_replenishment_draft where purchase_order_id = ?", purchaseOrderId);
    }
}
