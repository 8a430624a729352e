package com.opsledger.query.catalog;

import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.catalog.FindProductQuery;
import com.opsledger.kernel.catalog.ListProductsQuery;
import com.opsledger.kernel.catalog.ProductId;
import com.opsledger.kernel.catalog.ProductView;
import com.opsledger.kernel.common.PageView;
import com.opsledger.query.common.Queries;
import com.opsledger.query.web.PageParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products")
public record ProductQueryController(Queries queries) {

    @RequiresPermission("products:read")
    @GetMapping
    @Operation(summary = "List products, optionally those whose sku or name starts with q and those in a "
            + "category (ignoring case); sort by "
            + "sku, name, createdAt, updatedAt or leadTimeDays")
    public PageView<ProductView> list(@RequestParam(required = false) String q,
                                      @RequestParam(required = false) String category,
                                      @ParameterObject PageParameters paging) {
        String text = q == null || q.isBlank() ? null : q.strip();
        String inCategory = category == null || category.isBlank() ? null : category.strip();
        return queries.page(new ListProductsQuery(text, inCategory,
                paging.spec("sku", false, ProductQueryHandler.SORTABLE)));
    }

    @RequiresPermission("products:read")
    @GetMapping("/{id}")
    @Operation(summary = "One product")
    public ProductView get(@PathVariable ProductId id) {
        return queries.one(new FindProductQuery(id.value()), ProductView.class, "product", id.value());
    }
}
