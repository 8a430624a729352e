package com.opsledger.query.catalog;

import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import com.opsledger.kernel.catalog.ProductView;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.ViewEvolution;
import org.springframework.stereotype.Component;

/** A product as it was at any instant, in the shape of its usual view. */
@Component
class ProductTimeline implements ViewEvolution<ProductView> {

    @Override
    public String resource() {
        return "products";
    }

    @Override
    public String aggregateType() {
        return "Product";
    }

    @Override
    public ProductView evolve(ProductView p, RecordEvent event) {
        if (event.payload() instanceof ProductCreatedEvent e) {
            return new ProductView(e.productId(), e.sku(), e.name(), e.unit(),
                    e.reorderPoint().amount().stripTrailingZeros(), e.leadTimeDays(), e.description(), e.category(),
                    event.sequenceNumber(), event.timestamp(), event.timestamp());
        }
        if (event.payload() instanceof ProductUpdatedEvent e) {
            return new ProductView(p.id(), p.sku(), e.name(), p.unit(), e.reorderPoint().amount().stripTrailingZeros(),
                    e.leadTimeDays(), e.description(), e.category(), event.sequenceNumber(), p.createdAt(),
                    event.timestamp());
        }
        return p;
    }
}
