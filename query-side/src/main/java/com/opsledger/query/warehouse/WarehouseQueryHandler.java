package com.opsledger.query.warehouse;

import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.warehouse.FindWarehouseQuery;
import com.opsledger.kernel.warehouse.ListWarehousesQuery;
import com.opsledger.kernel.warehouse.WarehouseView;
import com.opsledger.query.common.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

@Component
class WarehouseQueryHandler {

    static final Map<String, String> SORTABLE = Map.of("code", "codeUpper", "name", "name", "createdAt", "createdAt");

    private final WarehouseRowRepository rows;

    WarehouseQueryHandler(WarehouseRowRepository rows) {
        this.rows = rows;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    WarehouseView handle(FindWarehouseQuery query) {
        return rows.findById(query.warehouseId()).map(WarehouseRow::toView).orElse(null);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<WarehouseView> handle(ListWarehousesQuery query) {
        return Pages.view(rows.findAll(Pages.pageable(query.page(), SORTABLE, "id")), WarehouseRow::toView);
    }
}
