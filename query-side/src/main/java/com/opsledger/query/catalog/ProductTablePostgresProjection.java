package com.opsledger.query.catalog;

import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import com.opsledger.query.common.ReadModelTables;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Locale;

@Component
@ReadModelTables("product_view")
@ProcessingGroup(ProductTablePostgresProjection.NAME)
class ProductTablePostgresProjection {

    static final String NAME = "products-postgres";

    private final ProductRowRepository rows;

    ProductTablePostgresProjection(ProductRowRepository rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(ProductCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (rows.existsById(event.productId())) {
            return;
        }
        ProductRow row = new ProductRow();
        row.id = event.productId();
        row.sku = event.sku();
        row.skuUpper = event.sku().toUpperCase(Locale.ROOT);
        row.unit = event.unit();
        row.createdAt = at;
        apply(row, event.name(), event.reorderPoint().amount(), event.leadTimeDays(), event.description(),
                event.category(), sequence, at);
    }

    @EventHandler
    void on(ProductUpdatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.findById(event.productId()).filter(row -> row.version < sequence).ifPresent(row -> apply(row,
                event.name(), event.reorderPoint().amount(), event.leadTimeDays(), event.description(),
                event.category(), sequence, at));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    private void apply(ProductRow row, String name, java.math.BigDecimal reorderPoint, int leadTimeDays,
                       String description, String category, long sequence, Instant at) {
        row.name = name;
        row.nameLower = name.toLowerCase(Locale.ROOT);
        row.reorderPoint = reorderPoint;
        row.leadTimeDays = leadTimeDays;
        row.description = description;
        row.category = category;
        row.version = sequence;
        row.updatedAt = at;
        rows.save(row);
    }
}
