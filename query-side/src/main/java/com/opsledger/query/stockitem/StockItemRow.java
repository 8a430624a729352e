package com.opsledger.query.stockitem;

import com.fasterxml.jackson.core.type.TypeReference;
import com.opsledger.kernel.stockitem.BatchView;
import com.opsledger.kernel.stockitem.StockItemView;
import com.opsledger.query.common.JsonColumns;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static com.opsledger.query.common.Amounts.stripped;

@Entity
@Table(name = "stock_item_view")
class StockItemRow {

    /** The columns of the table, in the order of its inserts. */
    static final String COLUMNS = "id, product_id, warehouse_id, sku, product_name, warehouse_code, unit, "
            + "on_hand, reserved, available, reorder_point, below_reorder_point, batches, version, updated_at, "
            + "storage_location_id, quarantined";
    private static final TypeReference<List<BatchView>> BATCHES = new TypeReference<>() {
    };

    @Id
    String id;
    String productId;
    String warehouseId;
    String sku;
    String productName;
    String warehouseCode;
    String unit;
    BigDecimal onHand;
    BigDecimal reserved;
    BigDecimal available;
    BigDecimal reorderPoint;
    boolean belowReorderPoint;
    @JdbcTypeCode(SqlTypes.JSON)
    List<BatchView> batches = new ArrayList<>();
    long version;
    Instant updatedAt;
    String storageLocationId;
    /** Held by quality: on hand, but neither reserved nor available. */
    BigDecimal quarantined = BigDecimal.ZERO;

    void levels(BigDecimal onHand, BigDecimal reserved) {
        this.onHand = onHand;
        this.reserved = reserved;
        this.available = onHand.subtract(reserved).subtract(quarantined);
        reorderPoint(reorderPoint);
    }

    void reorderPoint(BigDecimal reorderPoint) {
        this.reorderPoint = reorderPoint;
        this.belowReorderPoint = available.compareTo(reorderPoint) < 0;
    }

    /** Takes what the item's own events decide; the product's and warehouse's fields stay as they are. */
    void set(StockItemState state) {
        id = state.id();
        productId = state.productId();
        warehouseId = state.warehouseId();
        unit = state.unit();
        batches = new ArrayList<>(state.batches());
        version = state.version();
        updatedAt = state.updatedAt();
        storageLocationId = state.storageLocationId();
        quarantined = state.quarantined();
        levels(state.onHand(), state.reserved());
    }

    StockItemState toState() {
        return new StockItemState(id, productId, warehouseId, unit, stripped(onHand), stripped(reserved),
                stripped(available), strippedBatches(), version, updatedAt, storageLocationId, stripped(quarantined));
    }

    StockItemView toView() {
        return new StockItemView(id, productId, warehouseId, sku, productName, warehouseCode, unit, stripped(onHand),
                stripped(reserved), stripped(available), stripped(reorderPoint), belowReorderPoint,
                strippedBatches(), version, updatedAt, storageLocationId, stripped(quarantined));
    }

    private List<BatchView> strippedBatches() {
        return batches.stream().map(b -> new BatchView(b.batch(), b.expiryDate(), stripped(b.quantity()),
                stripped(BatchBalances.quarantined(b)))).toList();
    }

    /** The row as {@link #COLUMNS} selected it. */
    static StockItemRow read(ResultSet rs) throws SQLException {
        StockItemRow row = new StockItemRow();
        row.id = rs.getString("id");
        row.productId = rs.getString("product_id");
        row.warehouseId = rs.getString("warehouse_id");
        row.sku = rs.getString("sku");
        row.productName = rs.getString("product_name");
        row.warehouseCode = rs.getString("warehouse_code");
        row.unit = rs.getString("unit");
        row.onHand = rs.getBigDecimal("on_hand");
        row.reserved = rs.getBigDecimal("reserved");
        row.available = rs.getBigDecimal("available");
        row.reorderPoint = rs.getBigDecimal("reorder_point");
        row.belowReorderPoint = rs.getBoolean("below_reorder_point");
        row.batches = new ArrayList<>(JsonColumns.read(rs.getString("batches"), BATCHES));
        row.version = rs.getLong("version");
        row.updatedAt = rs.getObject("updated_at", OffsetDateTime.class).toInstant();
        row.storageLocationId = rs.getString("storage_location_id");
        row.quarantined = rs.getBigDecimal("quarantined");
        return row;
    }
}
