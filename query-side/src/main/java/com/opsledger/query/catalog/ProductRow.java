package com.opsledger.query.catalog;

import com.opsledger.kernel.catalog.ProductView;
import com.opsledger.query.common.RecordRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Locale;

@Entity
@Table(name = "product_view")
class ProductRow extends RecordRow {

    String sku;
    String skuUpper;
    String name;
    String nameLower;
    String unit;
    BigDecimal reorderPoint;
    int leadTimeDays;
    String description;
    String category;
    boolean perishable;
    Integer shelfLifeDays;
    @Column(name = "storage_temperature_min_c")
    BigDecimal storageTemperatureMinC;
    @Column(name = "storage_temperature_max_c")
    BigDecimal storageTemperatureMaxC;
    String inspection;
    BigDecimal weightKg;
    BigDecimal price;
    BigDecimal cost;
    String currency;

    /** {@code row} (a new one when null) holding {@code view}. */
    static ProductRow of(ProductRow row, ProductView view) {
        ProductRow written = row == null ? new ProductRow() : row;
        written.record(view.id(), view.version(), view.createdAt(), view.updatedAt());
        written.sku = view.sku();
        written.skuUpper = view.sku().toUpperCase(Locale.ROOT);
        written.name = view.name();
        written.nameLower = view.name().toLowerCase(Locale.ROOT);
        written.unit = view.unit();
        written.reorderPoint = view.reorderPoint();
        written.leadTimeDays = view.leadTimeDays();
        written.description = view.description();
        written.category = view.category();
        written.perishable = view.perishable();
        written.shelfLifeDays = view.shelfLifeDays();
        written.storageTemperatureMinC = view.storageTemperatureMinC();
        written.storageTemperatureMaxC = view.storageTemperatureMaxC();
        written.inspection = view.inspection();
        written.weightKg = view.weightKg();
        written.price = view.price();
        written.cost = view.cost();
        written.currency = view.currency();
        return written;
    }

    ProductView toView() {
        return new ProductView(id, sku, name, unit, reorderPoint.stripTrailingZeros(), leadTimeDays, description,
                category, version, createdAt, updatedAt, perishable, shelfLifeDays, plain(storageTemperatureMinC),
                plain(storageTemperatureMaxC), inspection == null ? "none" : inspection, plain(weightKg), plain(price),
                plain(cost), currency);
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
