package com.opsledger.query.stockitem;

import com.opsledger.kernel.common.PageSpec;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.stockitem.FindReservationQuery;
import com.opsledger.kernel.stockitem.FindStockItemQuery;
import com.opsledger.kernel.stockitem.ListReservationsQuery;
import com.opsledger.kernel.stockitem.ListStockItemsQuery;
import com.opsledger.kernel.stockitem.ListStockMovementsQuery;
import com.opsledger.kernel.stockitem.ReservationListView;
import com.opsledger.kernel.stockitem.ReservationView;
import com.opsledger.kernel.stockitem.StockItemView;
import com.opsledger.kernel.stockitem.StockMovementView;
import com.opsledger.query.common.JdbcPages;
import com.opsledger.query.common.Pages;
import com.opsledger.query.common.SqlFilter;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Set;

@Component
class StockItemQueryHandler {

    /** API sort names and their columns. */
    static final Map<String, String> SORTABLE = Map.of("sku", "sku", "warehouseCode", "warehouse_code",
            "onHand", "on_hand", "reserved", "reserved", "available", "available", "updatedAt", "updated_at");
    /** Sort columns that may be empty (null in stock_item_view). */
    static final Set<String> NULLABLE = Set.of("warehouse_code");

    private final JdbcTemplate jdbc;
    private final StockItemRowRepository items;
    private final StockMovementRowRepository movements;
    private final ReservationRowRepository reservations;

    StockItemQueryHandler(JdbcTemplate jdbc, StockItemRowRepository items, StockMovementRowRepository movements,
                          ReservationRowRepository reservations) {
        this.jdbc = jdbc;
        this.items = items;
        this.movements = movements;
        this.reservations = reservations;
    }

    /** One statement, outside a transaction: the busiest read of the API skips the JPA session and a BEGIN/COMMIT. */
    @QueryHandler
    StockItemView handle(FindStockItemQuery query) {
        List<StockItemView> found = jdbc.query("select " + StockItemRow.COLUMNS + " from stock_item_view where id = ?",
                (rs, n) -> StockItemRow.read(rs).toView(), query.stockItemId());
        return found.isEmpty() ? null : found.get(0);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<StockItemView> handle(ListStockItemsQuery query) {
        SqlFilter where = SqlFilter.from("from stock_item_view where true")
                .and("product_id = ?", query.productId())
                .and("warehouse_id = ?", query.warehouseId());
        if (query.belowReorderPoint() != null) {
            // a literal, so that the plan of a prepared statement can use the partial index of the flagged items
            where.andAlways(query.belowReorderPoint() ? "below_reorder_point" : "not below_reorder_point");
        }
        return JdbcPages.page(jdbc, "select " + StockItemRow.COLUMNS, where.sql(), where.args(), query.page(),
                SORTABLE, NULLABLE, "id", (rs, n) -> StockItemRow.read(rs).toView());
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<StockMovementView> handle(ListStockMovementsQuery query) {
        PageSpec spec = query.page();
        PageRequest newestFirst = PageRequest.of(spec.page(), spec.size(), Sort.by(Sort.Direction.DESC, "sequence"));
        return Pages.view(movements.findByStockItemId(query.stockItemId(), newestFirst), StockMovementRow::toView);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    ReservationListView handle(ListReservationsQuery query) {
        if (!items.existsById(query.stockItemId())) {
            return null;
        }
        List<ReservationView> newest = reservations.findByStockItemIdOrderByCreatedAtDesc(query.stockItemId(),
                PageRequest.of(0, ReservationListView.MAX_RESERVATIONS + 1)).stream().map(ReservationRow::toView)
                .toList();
        boolean truncated = newest.size() > ReservationListView.MAX_RESERVATIONS;
        return new ReservationListView(query.stockItemId(),
                truncated ? newest.subList(0, ReservationListView.MAX_RESERVATIONS) : newest, truncated);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    ReservationView handle(FindReservationQuery query) {
        return reservations.findById(query.reservationId())
                .filter(row -> row.stockItemId.equals(query.stockItemId()))
                .map(ReservationRow::toView).orElse(null);
    }

}
