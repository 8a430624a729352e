package com.opsledger.query.warehouse;

import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.warehouse.FindWarehouseQuery;
import com.opsledger.kernel.warehouse.ListWarehousesQuery;
import com.opsledger.kernel.warehouse.WarehouseId;
import com.opsledger.kernel.warehouse.WarehouseView;
import com.opsledger.query.common.Queries;
import com.opsledger.query.web.PageParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/warehouses")
@Tag(name = "Warehouses")
public record WarehouseQueryController(Queries queries) {

    @RequiresPermission("warehouses:read")
    @GetMapping
    @Operation(summary = "List warehouses; sort by code, name or createdAt")
    public PageView<WarehouseView> list(@ParameterObject PageParameters paging) {
        return queries.page(new ListWarehousesQuery(paging.spec("code", false, WarehouseQueryHandler.SORTABLE)));
    }

    @RequiresPermission("warehouses:read")
    @GetMapping("/{id}")
    @Operation(summary = "One warehouse")
    public WarehouseView get(@PathVariable WarehouseId id) {
        return queries.one(new FindWarehouseQuery(id.value()), WarehouseView.class, "warehouse", id.value());
    }
}
