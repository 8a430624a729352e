package com.opsledger.query.supplier;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.supplier.FindSupplierPerformanceQuery;
import com.opsledger.kernel.supplier.FindSupplierQuery;
import com.opsledger.kernel.supplier.ListSuppliersQuery;
import com.opsledger.kernel.supplier.SupplierId;
import com.opsledger.kernel.supplier.SupplierPerformanceView;
import com.opsledger.kernel.supplier.SupplierStatus;
import com.opsledger.kernel.supplier.SupplierView;
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

import static com.opsledger.query.web.QueryParameters.constant;

@RestController
@RequestMapping("/api/v1/suppliers")
@Tag(name = "Suppliers")
public record SupplierQueryController(Queries queries) {

    @GetMapping
    @RequiresPermission("suppliers:read")
    @Operation(summary = "List or search suppliers by leading code or name, and status; sort by code, name, status, "
            + "createdAt or updatedAt")
    public PageView<SupplierView> list(@RequestParam(required = false) String q,
                                       @RequestParam(required = false) String status,
                                       @ParameterObject PageParameters paging,
                                       @Parameter(hidden = true) Caller caller) {
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 200) {
            throw new InvalidValueException("q", "must be at most 200 characters");
        }
        SupplierStatus inStatus = constant("status", status, SupplierStatus::valueOf,
                "PENDING, ACTIVE, SUSPENDED, INACTIVE");
        return queries.page(new ListSuppliersQuery(text, inStatus, caller.supplierScope(),
                paging.spec("code", false, SupplierQueryHandler.SORTABLE)));
    }

    @GetMapping("/{id}")
    @RequiresPermission("suppliers:read")
    @Operation(summary = "One supplier with its catalogue")
    public SupplierView get(@PathVariable SupplierId id, @Parameter(hidden = true) Caller caller) {
        return queries.one(new FindSupplierQuery(id.value(), caller.supplierScope()), SupplierView.class, "supplier",
                id.value());
    }

    @GetMapping("/{id}/performance")
    @RequiresPermission("suppliers:read")
    @Operation(summary = "How a supplier delivers: on-time rate, observed lead time, fill rate, rating")
    public SupplierPerformanceView performance(@PathVariable SupplierId id, @Parameter(hidden = true) Caller caller) {
        return queries.one(new FindSupplierPerformanceQuery(id.value(), caller.supplierScope()),
                SupplierPerformanceView.class, "supplier", id.value());
    }
}
