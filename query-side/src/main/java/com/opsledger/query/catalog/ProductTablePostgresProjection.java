package com.opsledger.query.catalog;

import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import com.opsledger.kernel.catalog.ProductView;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RowEvolution;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** The product table, and a product as it was at any instant: both follow its events through one {@link #evolve}. */
@Component
@ReadModelTables("product_view")
@ProcessingGroup(ProductTablePostgresProjection.NAME)
class ProductTablePostgresProjection extends RowEvolution<ProductRow, ProductView> {

    static final String NAME = "products-postgres";

    ProductTablePostgresProjection(ProductRowRepository rows) {
        super("products", "Product", ProductView::version, rows, ProductRow::toView, ProductRow::of);
    }

    @Override
    public ProductView evolve(ProductView p, RecordEvent event) {
        if (event.payload() instanceof ProductCreatedEvent e) {
            return ProductAttributeColumns.view(new ProductView(e.productId(), e.sku(), e.name(), e.unit(),
                    e.reorderPoint().amount().stripTrailingZeros(), e.leadTimeDays(), e.description(), e.category(),
                    event.sequenceNumber(), event.timestamp(), event.timestamp(), false, null, null, null, null, null,
                    null, null, null), e.attributes());
        }
        if (p == null) {
            return null;
        }
        if (event.payload() instanceof ProductUpdatedEvent e) {
            return ProductAttributeColumns.view(new ProductView(p.id(), p.sku(), e.name(), p.unit(),
                    e.reorderPoint().amount().stripTrailingZeros(), e.leadTimeDays(), e.description(), e.category(),
                    event.sequenceNumber(), p.createdAt(), event.timestamp(), false, null, null, null, null, null,
                    null, null, null), e.attributes());
        }
        return p;
    }

    @EventHandler
    void on(ProductCreatedEvent event, DomainEventMessage<?> message) {
        project(event.productId(), message);
    }

    @EventHandler
    void on(ProductUpdatedEvent event, DomainEventMessage<?> message) {
        project(event.productId(), message);
    }
}
