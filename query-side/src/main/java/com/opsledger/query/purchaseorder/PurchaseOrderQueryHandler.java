package com.opsledger.query.purchaseorder;

import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.purchaseorder.FindPurchaseOrderQuery;
import com.opsledger.kernel.purchaseorder.ListPurchaseOrdersQuery;
import com.opsledger.kernel.purchaseorder.PurchaseOrderView;
import com.opsledger.query.common.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Map;

/** Purchase orders; a query scoped to a supplier (a supplier-portal caller) never sees another supplier's. */
@Component
class PurchaseOrderQueryHandler {

    static final Map<String, String> SORTABLE = Map.of("number", "number", "createdAt", "createdAt",
            "updatedAt", "updatedAt", "status", "status", "total", "total");

    private final PurchaseOrderRowRepository rows;

    PurchaseOrderQueryHandler(PurchaseOrderRowRepository rows) {
        this.rows = rows;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PurchaseOrderView handle(FindPurchaseOrderQuery query) {
        return rows.findById(query.purchaseOrderId())
                .filter(row -> query.onlySupplierId() == null || query.onlySupplierId().equals(row.supplierId))
                .map(PurchaseOrderRow::toView).orElse(null);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<PurchaseOrderView> handle(ListPurchaseOrdersQuery query) {
        Specification<PurchaseOrderRow> filter = Specification.allOf(
                equal("supplierId", query.supplierId()),
                equal("supplierId", query.onlySupplierId()),
                equal("status", query.status()),
                query.from() == null ? null : (root, q, cb) -> cb.greaterThanOrEqualTo(root.<Instant>get("createdAt"),
                        query.from()),
                query.to() == null ? null : (root, q, cb) -> cb.lessThan(root.<Instant>get("createdAt"), query.to()));
        return Pages.view(rows.findAll(filter, Pages.pageable(query.page(), SORTABLE, "id")),
                PurchaseOrderRow::toView);
    }

    private static Specification<PurchaseOrderRow> equal(String attribute, Object value) {
        return value == null ? null : (root, q, cb) -> cb.equal(root.get(attribute), value);
    }
}
