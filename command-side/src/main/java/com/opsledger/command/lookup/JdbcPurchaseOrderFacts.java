package com.opsledger.command.lookup;

import com.opsledger.command.invoice.PurchaseOrderFacts;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

@Component
class JdbcPurchaseOrderFacts implements PurchaseOrderFacts {

    private final JdbcTemplate jdbc;

    JdbcPurchaseOrderFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Order> of(String purchaseOrderId) {
        return jdbc.query("select supplier_id, currency, status, discount_rate, tax_rate from cmd_purchase_order "
                        + "where purchase_order_id = ?", (rs, row) -> new Order(rs.getString(1), rs.getString(2),
                        PurchaseOrderStatus.valueOf(rs.getString(3)), rate(rs.getBigDecimal(4)),
                        rate(rs.getBigDecimal(5)), Map.of()), purchaseOrderId)
                .stream().findFirst()
                .map(order -> new Order(order.supplierId(), order.currency(), order.status(), order.discountRate(),
                        order.taxRate(), lines(purchaseOrderId, order.currency())));
    }

    private Map<String, Line> lines(String purchaseOrderId, String currency) {
        Map<String, Line> lines = new LinkedHashMap<>();
        jdbc.query("select line_id, product_id, unit, ordered, received, unit_price, returned "
                + "from cmd_purchase_order_line where purchase_order_id = ? order by length(line_id), line_id", rs -> {
            String unit = rs.getString(3);
            lines.put(rs.getString(1), new Line(rs.getString(2), Quantity.of(rs.getBigDecimal(4), unit),
                    Quantity.of(rs.getBigDecimal(5), unit), Money.of(rs.getBigDecimal(6), currency),
                    Quantity.of(rs.getBigDecimal(7), unit)));
        }, purchaseOrderId);
        return lines;
    }

    private static BigDecimal rate(BigDecimal rate) {
        return rate == null ? null : rate.stripTrailingZeros();
    }
}
