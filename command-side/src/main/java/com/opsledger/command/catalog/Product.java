package com.opsledger.command.catalog;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.command.supplier.SupplierDirectory;
import com.opsledger.kernel.catalog.CreateProductCommand;
import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.catalog.PreferredSupplierSetEvent;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import com.opsledger.kernel.catalog.SetPreferredSupplierCommand;
import com.opsledger.kernel.catalog.UpdateProductCommand;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.Quantity;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate(cache = "productCache")
public class Product {

    static final String SKU_SCOPE = "product.sku";

    @AggregateIdentifier
    private String productId;
    private String unit;

    protected Product() {
    }

    @CommandHandler
    public Product(CreateProductCommand command, ReferenceRegistry registry) {
        ProductRules.requireSku(command.sku());
        ProductRules.requireName(command.name());
        Quantity reorderPoint = ProductRules.reorderPoint(command.reorderPoint(), command.unit());
        ProductRules.requireLeadTime(command.leadTimeDays());
        registry.claim(SKU_SCOPE, "sku", command.sku().toUpperCase(java.util.Locale.ROOT), command.productId());
        registry.registerProduct(command.productId(), command.unit());
        apply(new ProductCreatedEvent(command.productId(), command.sku(), command.name().strip(), command.unit(),
                reorderPoint, command.leadTimeDays(), ProductRules.description(command.description()),
                ProductRules.category(command.category()), ProductAttributeRules.attributes(command.details())));
    }

    @CommandHandler
    public void handle(UpdateProductCommand command) {
        ProductRules.requireName(command.name());
        Quantity reorderPoint = ProductRules.reorderPoint(command.reorderPoint(), unit);
        ProductRules.requireLeadTime(command.leadTimeDays());
        apply(new ProductUpdatedEvent(productId, command.name().strip(), reorderPoint, command.leadTimeDays(),
                ProductRules.description(command.description()), ProductRules.category(command.category()),
                ProductAttributeRules.attributes(command.details())));
    }

    @CommandHandler
    public void handle(SetPreferredSupplierCommand command, SupplierDirectory suppliers) {
        if (command.supplierId() != null && suppliers.status(command.supplierId()).isEmpty()) {
            throw new NotFoundException("supplier", command.supplierId());
        }
        suppliers.prefer(productId, command.supplierId());
        apply(new PreferredSupplierSetEvent(productId, command.supplierId()));
    }

    @EventSourcingHandler
    void on(ProductCreatedEvent event) {
        productId = event.productId();
        unit = event.unit();
    }
}
