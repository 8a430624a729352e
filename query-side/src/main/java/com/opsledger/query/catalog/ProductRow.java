package com.opsledger.query.catalog;

import com.opsledger.kernel.catalog.ProductView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

@Entity
@Table(name = "product_view")
class ProductRow {

    @Id
    String id;
    String sku;
    @Column(name = "sku_upper")
    String skuUpper;
    String name;
    @Column(name = "name_lower")
    String nameLower;
    String unit;
    @Column(name = "reorder_point")
    BigDecimal reorderPoint;
    @Column(name = "lead_time_days")
    int leadTimeDays;
    String description;
    String category;
    long version;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;

    /** {@code row} (a new one when null) holding {@code view}. */
    static ProductRow of(ProductRow row, ProductView view) {
        ProductRow written = row == null ? new ProductRow() : row;
        written.id = view.id();
        written.sku = view.sku();
        written.skuUpper = view.sku().toUpperCase(Locale.ROOT);
        written.name = view.name();
        written.nameLower = view.name().toLowerCase(Locale.ROOT);
        written.unit = view.unit();
        written.reorderPoint = view.reorderPoint();
        written.leadTimeDays = view.leadTimeDays();
        written.description = view.description();
        written.category = view.category();
        written.version = view.version();
        written.createdAt = view.createdAt();
        written.updatedAt = view.updatedAt();
        return written;
    }

    ProductView toView() {
        return new ProductView(id, sku, name, unit, reorderPoint.stripTrailingZeros(), leadTimeDays, description,
                category, version, createdAt, updatedAt);
    }
}
