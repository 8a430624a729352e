package com.opsledger.query.qualitycheck;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.catalog.ProductId;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.qualitycheck.FindQualityCheckQuery;
import com.opsledger.kernel.qualitycheck.ListQualityChecksQuery;
import com.opsledger.kernel.qualitycheck.QualityCheckId;
import com.opsledger.kernel.qualitycheck.QualityCheckTerms;
import com.opsledger.kernel.qualitycheck.QualityCheckView;
import com.opsledger.kernel.supplier.SupplierId;
import com.opsledger.kernel.warehouse.WarehouseId;
import com.opsledger.query.common.Queries;
import com.opsledger.query.web.PageParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static com.opsledger.query.web.QueryParameters.instant;
import static com.opsledger.query.web.QueryParameters.oneOf;
import static com.opsledger.query.web.QueryParameters.value;

@RestController
@RequestMapping("/api/v1/quality-checks")
@Tag(name = "Quality checks")
public record QualityCheckQueryController(Queries queries) {

    @GetMapping
    @RequiresPermission("quality-checks:read")
    @Operation(summary = "List quality checks by status (open, passed, rejected, cancelled), check type, product, "
            + "supplier, warehouse and opening time (from inclusive, to exclusive, ISO instants); sort by number, "
            + "openedAt, decidedAt, updatedAt, overallScore or status")
    public PageView<QualityCheckView> list(@RequestParam(required = false) String status,
                                           @RequestParam(required = false) String checkType,
                                           @RequestParam(required = false) ProductId productId,
                                           @RequestParam(required = false) SupplierId supplierId,
                                           @RequestParam(required = false) WarehouseId warehouseId,
                                           @RequestParam(required = false) String from,
                                           @RequestParam(required = false) String to,
                                           @ParameterObject PageParameters paging,
                                           @Parameter(hidden = true) Caller caller) {
        return queries.page(new ListQualityChecksQuery(oneOf("status", status, QualityCheckTerms.STATUSES),
                oneOf("checkType", checkType, QualityCheckTerms.CHECK_TYPES), value(productId), value(supplierId),
                value(warehouseId), instant("from", from), instant("to", to), caller.supplierScope(),
                paging.spec("openedAt", true, QualityCheckQueryHandler.SORTABLE)));
    }

    @GetMapping("/{id}")
    @RequiresPermission("quality-checks:read")
    @Operation(summary = "One quality check with its scores, grade, decision and photos")
    public QualityCheckView get(@PathVariable QualityCheckId id, @Parameter(hidden = true) Caller caller) {
        return queries.one(new FindQualityCheckQuery(id.value(), caller.supplierScope()), QualityCheckView.class,
                "quality check", id.value());
    }
}
