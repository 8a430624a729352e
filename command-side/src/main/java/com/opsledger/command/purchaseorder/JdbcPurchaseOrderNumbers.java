package com.opsledger.command.purchaseorder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Numbers from a PostgreSQL sequence, which never hands a value out twice, even across rolled-back transactions. */
@Component
class JdbcPurchaseOrderNumbers implements PurchaseOrderNumbers {

    private final JdbcTemplate jdbc;

    JdbcPurchaseOrderNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String next() {
        Long value = jdbc.queryForObject("select nextval('purchase_order_number_seq')", Long.class);
        return String.format("PO-%06d", value);
    }
}
