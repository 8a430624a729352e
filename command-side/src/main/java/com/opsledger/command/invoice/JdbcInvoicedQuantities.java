package com.opsledger.command.invoice;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

@Component
class JdbcInvoicedQuantities implements InvoicedQuantities {

    private final JdbcTemplate jdbc;

    JdbcInvoicedQuantities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BigDecimal invoiced(String purchaseOrderId, String lineId) {
        return jdbc.queryForList("select quantity from cmd_invoiced_quantity where purchase_order_id = ? "
                + "and line_id = ?", BigDecimal.class, purchaseOrderId, lineId).stream().findFirst()
                .orElse(BigDecimal.ZERO);
    }

    @Override
    public void add(String purchaseOrderId, String lineId, BigDecimal quantity) {
        jdbc.update("insert into cmd_invoiced_quantity (purchase_order_id, line_id, quantity) values (?, ?, ?) "
                + "on conflict (purchase_order_id, line_id) do update set "
                + "quantity = cmd_invoiced_quantity.quantity + excluded.quantity", purchaseOrderId, lineId, quantity);
    }
}
