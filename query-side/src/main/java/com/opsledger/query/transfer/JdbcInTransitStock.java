package com.opsledger.query.transfer;

import com.opsledger.kernel.transfer.TransferStatus;
import com.opsledger.query.common.JsonColumns;
import com.opsledger.query.stockitem.InTransitStock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sums, per destination, what the open transfers of a product dispatched and neither received nor lost yet. */
@Component
class JdbcInTransitStock implements InTransitStock {

    private final JdbcTemplate jdbc;

    JdbcInTransitStock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, BigDecimal> towardsWarehouses(String productId) {
        Map<String, BigDecimal> onTheWay = new LinkedHashMap<>();
        jdbc.query("select t.to_warehouse_id, sum((l->>'dispatched')::numeric - (l->>'received')::numeric "
                        + "- (l->>'lost')::numeric) as in_transit from transfer_view t, jsonb_array_elements(t.lines) l "
                        + "where t.status in (?, ?) and t.lines @> ?::jsonb and l->>'productId' = ? "
                        + "group by t.to_warehouse_id", rs -> {
                    onTheWay.put(rs.getString("to_warehouse_id"), rs.getBigDecimal("in_transit"));
                }, TransferStatus.IN_TRANSIT, TransferStatus.PARTIALLY_RECEIVED,
                JsonColumns.write(List.of(Map.of("productId", productId))), productId);
        return onTheWay;
    }
}
