package com.opsledger.query.catalog;

import com.opsledger.kernel.catalog.ProductView;
import com.opsledger.query.common.RecordRow;
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
        return written;
    }

    ProductView toView() {
        return new ProductView(id, sku, name, unit, reorderPoint.stripTrailingZeros(), leadTimeDays, description,
                category, version, createdAt, updatedAt);
    }
}
