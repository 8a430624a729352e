package com.opsledger.query.stocktake;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.stocktake.FindStocktakeQuery;
import com.opsledger.kernel.stocktake.ListStocktakesQuery;
import com.opsledger.kernel.stocktake.StocktakeId;
import com.opsledger.kernel.stocktake.StocktakeVarianceView;
import com.opsledger.kernel.stocktake.StocktakeView;
import com.opsledger.kernel.warehouse.WarehouseId;
import com.opsledger.query.common.Queries;
import com.opsledger.query.web.CursorPageParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static com.opsledger.query.web.QueryParameters.oneOf;
import static com.opsledger.query.web.QueryParameters.value;

/**
 * Stocktakes. A blind stocktake shows counters (anyone who may not approve stocktakes) what they counted, never what
 * was expected.
 */
@RestController
@RequestMapping("/api/v1/stocktakes")
@Tag(name = "Stocktakes")
public record StocktakeQueryController(Queries queries) {

    public static final List<String> STATUSES = List.of("counting", "awaiting-approval", "completed", "approved");
    static final String MANAGER = "stocktakes:approve";

    @GetMapping
    @RequiresPermission("stocktakes:read")
    @Operation(summary = "List stocktakes by status (counting, awaiting-approval, completed, approved) and warehouse; sort by "
            + "createdAt, updatedAt or number")
    public PageView<StocktakeView> list(@RequestParam(required = false) String status,
                                        @RequestParam(required = false) WarehouseId warehouseId,
                                        @ParameterObject CursorPageParameters paging,
                                        @Parameter(hidden = true) Caller caller) {
        PageView<StocktakeView> page = queries.page(new ListStocktakesQuery(oneOf("status", status, STATUSES),
                value(warehouseId), paging.spec("createdAt", true, StocktakeQueryHandler.SORTABLE)));
        return page.withContent(page.content().stream().map(view -> seenBy(view, caller)).toList());
    }

    @GetMapping("/{id}")
    @RequiresPermission("stocktakes:read")
    @Operation(summary = "One stocktake with its items, count history (recounts included) and variances")
    public StocktakeView get(@PathVariable StocktakeId id, @Parameter(hidden = true) Caller caller) {
        return seenBy(find(id), caller);
    }

    @GetMapping("/{id}/variances")
    @RequiresPermission("stocktakes:read")
    @Operation(summary = "The variances of a completed stocktake: counted − (expectedAtStart + movementsSince), "
            + "with their value")
    public List<StocktakeVarianceView> variances(@PathVariable StocktakeId id,
                                                 @Parameter(hidden = true) Caller caller) {
        return seenBy(find(id), caller).variances();
    }

    private StocktakeView find(StocktakeId id) {
        return queries.one(new FindStocktakeQuery(id.value()), StocktakeView.class, "stocktake", id.value());
    }

    private static StocktakeView seenBy(StocktakeView view, Caller caller) {
        return view.blind() && !caller.has(MANAGER) ? view.blinded() : view;
    }
}
