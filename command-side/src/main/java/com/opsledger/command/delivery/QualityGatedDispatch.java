package com.opsledger.command.delivery;

import com.opsledger.command.lookup.ProductFacts;
import com.opsledger.kernel.delivery.DeliveryLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link PreDispatchGate} over the lookups: the batches each stock item holds now (kept for stocktakes) and the latest
 * pre-dispatch decision of each batch ({@link PreDispatchCheckLookupsProjection}).
 */
@Component
class QualityGatedDispatch implements PreDispatchChecks {

    private final JdbcTemplate jdbc;
    private final ProductFacts products;

    QualityGatedDispatch(JdbcTemplate jdbc, ProductFacts products) {
        this.jdbc = jdbc;
        this.products = products;
    }

    @Override
    public List<String> missing(String warehouseId, List<DeliveryLine> lines) {
        return PreDispatchGate.missing(warehouseId, lines, products, this::issued, this::passed);
    }

    private List<String> issued(String stockItemId, BigDecimal quantity) {
        List<String> issued = new ArrayList<>();
        BigDecimal left = quantity;
        for (var batch : jdbc.query("select batch_key, quantity from cmd_stocktake_batch where stock_item_id = ? "
                        + "and quantity > 0 order by expiry_date asc nulls last, batch_key",
                (rs, n) -> new Object[] {rs.getString(1), rs.getBigDecimal(2)}, stockItemId)) {
            if (left.signum() <= 0) {
                break;
            }
            String key = (String) batch[0];
            issued.add(key.isEmpty() ? null : key);
            left = left.subtract((BigDecimal) batch[1]);
        }
        return issued;
    }

    private boolean passed(String productId, String warehouseId, String batch) {
        return Boolean.TRUE.equals(jdbc.query("select passed from cmd_pre_dispatch_check where product_id = ? and "
                        + "warehouse_id = ? and batch_key = ?", (rs, n) -> rs.getBoolean(1), productId, warehouseId,
                batch == null ? "" : batch).stream().findFirst().orElse(false));
    }
}
