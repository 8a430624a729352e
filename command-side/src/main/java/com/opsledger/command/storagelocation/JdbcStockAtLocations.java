package com.opsledger.command.storagelocation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** The batches of the stock items kept at a location, as the stock item table holds them. */
@Component
class JdbcStockAtLocations implements StockAtLocations {

    private final JdbcTemplate jdbc;

    JdbcStockAtLocations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StoredBatch> batchesAt(String storageLocationId) {
        return jdbc.query("select s.id, s.product_id, s.warehouse_id, b ->> 'batch', (b ->> 'quantity')::numeric, "
                        + "s.unit from stock_item_view s cross join lateral jsonb_array_elements(s.batches) b "
                        + "where s.storage_location_id = ? order by s.id, b ->> 'batch' nulls first",
                (rs, row) -> new StoredBatch(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getString(6)), storageLocationId);
    }
}
