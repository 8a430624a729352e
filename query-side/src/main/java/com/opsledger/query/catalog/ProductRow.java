package com.opsledger.query.catalog;

import com.opsledger.kernel.catalog.ProductView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

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

    ProductView toView() {
        return new ProductView(id, sku, name, unit, reorderPoint.stripTrailingZeros(), leadTimeDays, description,
                category, version, createdAt, updatedAt);
    }
}
