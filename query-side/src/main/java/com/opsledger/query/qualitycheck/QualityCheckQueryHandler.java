package com.opsledger.query.qualitycheck;

import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.qualitycheck.FindQualityCheckQuery;
import com.opsledger.kernel.qualitycheck.ListQualityChecksQuery;
import com.opsledger.kernel.qualitycheck.QualityCheckView;
import com.opsledger.query.common.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Map;

/** Quality checks; a query scoped to a supplier (a supplier-portal caller) sees only the checks of their goods. */
@Component
class QualityCheckQueryHandler {

    static final Map<String, String> SORTABLE = Map.of("number", "number", "openedAt", "openedAt",
            "decidedAt", "decidedAt", "updatedAt", "updatedAt", "overallScore", "overallScore", "status", "status");

    private final QualityCheckRowRepository rows;

    QualityCheckQueryHandler(QualityCheckRowRepository rows) {
        this.rows = rows;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    QualityCheckView handle(FindQualityCheckQuery query) {
        return rows.findById(query.qualityCheckId())
                .filter(row -> query.scopeSupplierId() == null || query.scopeSupplierId().equals(row.supplierId))
                .map(QualityCheckRow::toView).orElse(null);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<QualityCheckView> handle(ListQualityChecksQuery query) {
        Specification<QualityCheckRow> filter = Specification.allOf(
                equal("supplierId", query.scopeSupplierId()),
                equal("status", query.status()),
                equal("checkType", query.checkType()),
                equal("productId", query.productId()),
                equal("supplierId", query.supplierId()),
                equal("warehouseId", query.warehouseId()),
                query.from() == null ? null : (root, q, cb) -> cb.greaterThanOrEqualTo(root.<Instant>get("openedAt"),
                        query.from()),
                query.to() == null ? null : (root, q, cb) -> cb.lessThan(root.<Instant>get("openedAt"), query.to()));
        return Pages.view(rows.findAll(filter, Pages.pageable(query.page(), SORTABLE, "id")),
                QualityCheckRow::toView);
    }

    private static Specification<QualityCheckRow> equal(String attribute, Object value) {
        return value == null ? null : (root, q, cb) -> cb.equal(root.get(attribute), value);
    }
}
