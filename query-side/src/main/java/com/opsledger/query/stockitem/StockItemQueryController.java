package com.opsledger.query.stockitem;

import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.catalog.ProductId;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.stockitem.FindReservationQuery;
import com.opsledger.kernel.stockitem.FindStockItemQuery;
import com.opsledger.kernel.stockitem.ListReservationsQuery;
import com.opsledger.kernel.stockitem.ListStockItemsQuery;
import com.opsledger.kernel.stockitem.ListStockMovementsQuery;
import com.opsledger.kernel.stockitem.ReservationId;
import com.opsledger.kernel.stockitem.ReservationListView;
import com.opsledger.kernel.stockitem.ReservationView;
import com.opsledger.kernel.stockitem.StockItemId;
import com.opsledger.kernel.stockitem.StockItemView;
import com.opsledger.kernel.stockitem.StockMovementView;
import com.opsledger.kernel.warehouse.WarehouseId;
import com.opsledger.query.common.Queries;
import com.opsledger.query.web.CursorPageParameters;
import com.opsledger.query.web.FixedOrderPageParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static com.opsledger.query.web.QueryParameters.value;

@RestController
@RequestMapping("/api/v1/stock-items")
@Tag(name = "Stock items")
public record StockItemQueryController(Queries queries) {

    @RequiresPermission("stock-items:read")
    @GetMapping
    @Operation(summary = "List stock items by product, warehouse and whether available stock is below the reorder "
            + "point; sort by sku, warehouseCode, onHand, reserved, available or updatedAt")
    public PageView<StockItemView> list(@RequestParam(required = false) ProductId productId,
                                        @RequestParam(required = false) WarehouseId warehouseId,
                                        @RequestParam(required = false) Boolean belowReorderPoint,
                                        @ParameterObject CursorPageParameters paging) {
        return queries.page(new ListStockItemsQuery(value(productId), value(warehouseId), belowReorderPoint,
                paging.spec("sku", false, StockItemQueryHandler.SORTABLE)));
    }

    @RequiresPermission("stock-items:read")
    @GetMapping("/{id}")
    @Operation(summary = "One stock item with its levels and batches; the ETag is its version, for If-Match")
    public StockItemView get(@PathVariable StockItemId id) {
        return queries.one(new FindStockItemQuery(id.value()), StockItemView.class, "stock item", id.value());
    }

    @RequiresPermission("stock-items:read")
    @GetMapping("/{id}/movements")
    @Operation(summary = "Every movement of a stock item, newest first, with the balances each one left")
    public PageView<StockMovementView> movements(@PathVariable StockItemId id,
                                                 @ParameterObject FixedOrderPageParameters paging) {
        queries.one(new FindStockItemQuery(id.value()), StockItemView.class, "stock item", id.value());
        return queries.page(new ListStockMovementsQuery(id.value(), paging.spec("sequence", true)));
    }

    @RequiresPermission("stock-items:read")
    @GetMapping("/{id}/reservations")
    @Operation(summary = "The newest reservations of a stock item (at most " + ReservationListView.MAX_RESERVATIONS
            + "; truncated says when there are older ones), newest first, with their status")
    public ReservationListView reservations(@PathVariable StockItemId id) {
        return queries.one(new ListReservationsQuery(id.value()), ReservationListView.class, "stock item",
                id.value());
    }

    @RequiresPermission("stock-items:read")
    @GetMapping("/{id}/reservations/{reservationId}")
    @Operation(summary = "One reservation of a stock item")
    public ReservationView reservation(@PathVariable StockItemId id, @PathVariable ReservationId reservationId) {
        return queries.one(new FindReservationQuery(id.value(), reservationId.value()), ReservationView.class,
                "reservation", reservationId.value());
    }
}
