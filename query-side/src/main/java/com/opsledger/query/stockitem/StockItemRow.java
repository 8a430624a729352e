package com.opsledger.query.stockitem;

import com.opsledger.kernel.stockitem.BatchView;
import com.opsledger.kernel.stockitem.StockItemView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "stock_item_view")
class StockItemRow {

    @Id
    String id;
    @Column(name = "product_id")
    String productId;
    @Column(name = "warehouse_id")
    String warehouseId;
    String sku;
    @Column(name = "product_name")
    String productName;
    @Column(name = "warehouse_code")
    String warehouseCode;
    String unit;
    @Column(name = "on_hand")
    BigDecimal onHand;
    BigDecimal reserved;
    BigDecimal available;
    @Column(name = "reorder_point")
    BigDecimal reorderPoint;
    @Column(name = "below_reorder_point")
    boolean belowReorderPoint;
    @JdbcTypeCode(SqlTypes.JSON)
    List<BatchView> batches = new ArrayList<>();
    long version;
    @Column(name = "updated_at")
    Instant updatedAt;

    void levels(BigDecimal onHand, BigDecimal reserved) {
        this.onHand = onHand;
        this.reserved = reserved;
        this.available = onHand.subtract(reserved);
        reorderPoint(reorderPoint);
    }

    void reorderPoint(BigDecimal reorderPoint) {
        this.reorderPoint = reorderPoint;
        this.belowReorderPoint = available.compareTo(reorderPoint) < 0;
    }

    StockItemView toView() {
        return new StockItemView(id, productId, warehouseId, sku, productName, warehouseCode, unit, plain(onHand),
                plain(reserved), plain(available), plain(reorderPoint), belowReorderPoint,
                batches.stream().map(b -> new BatchView(b.batch(), b.expiryDate(), plain(b.quantity()))).toList(),
                version, updatedAt);
    }

    static BigDecimal plain(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }
}
