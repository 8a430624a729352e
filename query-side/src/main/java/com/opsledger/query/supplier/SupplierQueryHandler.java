package com.opsledger.query.supplier;

import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.supplier.FindSupplierPerformanceQuery;
import com.opsledger.kernel.supplier.FindSupplierQuery;
import com.opsledger.kernel.supplier.ListSuppliersQuery;
import com.opsledger.kernel.supplier.SupplierPerformanceView;
import com.opsledger.kernel.supplier.SupplierView;
import com.opsledger.query.common.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@Component
class SupplierQueryHandler {

    static final Map<String, String> SORTABLE = Map.of("code", "codeUpper", "name", "nameLower",
            "status", "status", "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final SupplierRowRepository rows;
    private final SupplierPerformanceRowRepository performance;

    SupplierQueryHandler(SupplierRowRepository rows, SupplierPerformanceRowRepository performance) {
        this.rows = rows;
        this.performance = performance;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    SupplierPerformanceView handle(FindSupplierPerformanceQuery query) {
        return visible(query.supplierId(), query.onlySupplierId()).flatMap(performance::findById)
                .map(SupplierPerformanceRow::toView).orElse(null);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    SupplierView handle(FindSupplierQuery query) {
        return visible(query.supplierId(), query.onlySupplierId()).flatMap(rows::findById)
                .map(SupplierRow::toView).orElse(null);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<SupplierView> handle(ListSuppliersQuery query) {
        Specification<SupplierRow> text = query.text() == null ? null : (root, q, cb) -> cb.or(
                cb.like(root.get("codeUpper"), like(query.text().toUpperCase(Locale.ROOT))),
                cb.like(root.get("nameLower"), like(query.text().toLowerCase(Locale.ROOT))));
        Specification<SupplierRow> filter = Specification.allOf(text,
                query.status() == null ? null : (root, q, cb) -> cb.equal(root.get("status"), query.status()),
                query.onlySupplierId() == null ? null : (root, q, cb) -> cb.equal(root.get("id"), query.onlySupplierId()));
        return Pages.view(rows.findAll(filter, Pages.pageable(query.page(), SORTABLE, "id")), SupplierRow::toView);
    }

    /** The supplier asked for, unless a supplier-portal caller ({@code onlySupplierId} set) asks for another. */
    private static Optional<String> visible(String supplierId, String onlySupplierId) {
        return onlySupplierId == null || onlySupplierId.equals(supplierId) ? Optional.of(supplierId) : Optional.empty();
    }

    private static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
