package com.opsledger.command.lookup;

import com.opsledger.command.invoice.InvoicedQuantities;
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
        return jdbc.queryForObject("select coalesce(sum(quantity), 0) from cmd_invoice_line "
                + "where purchase_order_id = ? and line_id = ?", BigDecimal.class, purchaseOrderId, lineId);
    }
}
