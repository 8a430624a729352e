package com.opsledger.query.waste;

import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.catalog.ProductId;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.stockitem.ListWriteOffsQuery;
import com.opsledger.kernel.stockitem.StockItemId;
import com.opsledger.kernel.stockitem.WriteOffView;
import com.opsledger.kernel.warehouse.WarehouseId;
import com.opsledger.query.common.Queries;
import com.opsledger.query.web.CursorPageParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static com.opsledger.query.web.QueryParameters.oneOf;
import static com.opsledger.query.web.QueryParameters.value;

@RestController
@RequestMapping("/api/v1/write-offs")
@Tag(name = "Stock items")
public record WriteOffQueryController(Queries queries) {

    public static final List<String> STATUSES = List.of("pending", "written-off", "rejected");

    @RequiresPermission("stock-items:read")
    @GetMapping
    @Operation(summary = "Write-offs by status (pending, written-off, rejected), stock item, warehouse and product, "
            + "newest first, with their disposal method and value; a pending one waits for a manager's approval")
    public PageView<WriteOffView> list(@RequestParam(required = false) String status,
                                       @RequestParam(required = false) StockItemId stockItemId,
                                       @RequestParam(required = false) WarehouseId warehouseId,
                                       @RequestParam(required = false) ProductId productId,
                                       @ParameterObject CursorPageParameters paging) {
        return queries.page(new ListWriteOffsQuery(oneOf("status", status, STATUSES), value(stockItemId),
                value(warehouseId), value(productId), paging.spec("requestedAt", true, WriteOffQueryHandler.SORTABLE)));
    }
}
