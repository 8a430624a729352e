package com.opsledger.query.stockitem;

import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.catalog.ProductId;
import com.opsledger.kernel.stockitem.FindProductStockQuery;
import com.opsledger.kernel.stockitem.ProductStockView;
import com.opsledger.query.common.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Stock items")
public record ProductStockQueryController(Queries queries) {

    @RequiresPermission("stock-items:read")
    @GetMapping("/api/v1/products/{id}/stock")
    @Operation(summary = "A product's stock per warehouse (on hand, reserved, available, quarantined, in transit "
            + "towards it) with the totals over all warehouses")
    public ProductStockView stock(@PathVariable ProductId id) {
        return queries.one(new FindProductStockQuery(id.value()), ProductStockView.class, "product", id.value());
    }
}
