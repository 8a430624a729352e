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
import com.opsledger.query.common.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

@Component
class StockItemQueryHandler {

    static final Map<String, String> SORTABLE = Map.of("sku", "sku", "warehouseCode", "warehouseCode",
            "onHand", "onHand", "reserved", "reserved", "available", "available", "updatedAt", "updatedAt");

    private final StockItemRowRepository items;
    private final StockMovementRowRepository movements;
    private final ReservationRowRepository reservations;

    StockItemQueryHandler(StockItemRowRepository items, StockMovementRowRepository movements,
                          ReservationRowRepository reservations) {
        this.items = items;
        this.movements = movements;
        this.reservations = reservations;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    StockItemView handle(FindStockItemQuery query) {
        return items.findById(query.stockItemId()).map(StockItemRow::toView).orElse(null);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<StockItemView> handle(ListStockItemsQuery query) {
        Specification<StockItemRow> filter = Specification.allOf(
                equal("productId", query.productId()),
                equal("warehouseId", query.warehouseId()),
                equal("belowReorderPoint", query.belowReorderPoint()));
        return Pages.view(items.findAll(filter, Pages.pageable(query.page(), SORTABLE, "id")), StockItemRow::toView);
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
        return new ReservationListView(query.stockItemId(), reservations
                .findByStockItemIdOrderByCreatedAtDesc(query.stockItemId()).stream().map(ReservationRow::toView).toList());
    }

    @QueryHandler
    @Transactional(readOnly = true)
    ReservationView handle(FindReservationQuery query) {
        return reservations.findById(query.reservationId())
                .filter(row -> row.stockItemId.equals(query.stockItemId()))
                .map(ReservationRow::toView).orElse(null);
    }

    private static Specification<StockItemRow> equal(String attribute, Object value) {
        return value == null ? null : (root, q, cb) -> cb.equal(root.get(attribute), value);
    }
}
