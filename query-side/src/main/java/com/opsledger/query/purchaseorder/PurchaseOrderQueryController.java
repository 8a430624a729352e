package com.opsledger.query.purchaseorder;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.purchaseorder.FindPurchaseOrderQuery;
import com.opsledger.kernel.purchaseorder.ListPurchaseOrdersQuery;
import com.opsledger.kernel.purchaseorder.PurchaseOrderId;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import com.opsledger.kernel.purchaseorder.PurchaseOrderView;
import com.opsledger.kernel.supplier.SupplierId;
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

import java.util.Arrays;

import static com.opsledger.query.web.QueryParameters.constant;
import static com.opsledger.query.web.QueryParameters.instant;
import static com.opsledger.query.web.QueryParameters.value;

@RestController
@RequestMapping("/api/v1/purchase-orders")
@Tag(name = "Purchase orders")
public record PurchaseOrderQueryController(Queries queries) {

    @GetMapping
    @RequiresPermission("purchase-orders:read")
    @Operation(summary = "List purchase orders by supplier, status and creation time (from inclusive, to exclusive, "
            + "ISO instants); sort by number, createdAt, updatedAt, status or total")
    public PageView<PurchaseOrderView> list(@RequestParam(required = false) SupplierId supplierId,
                                            @RequestParam(required = false) String status,
                                            @RequestParam(required = false) String from,
                                            @RequestParam(required = false) String to,
                                            @ParameterObject PageParameters paging,
                                            @Parameter(hidden = true) Caller caller) {
        return queries.page(new ListPurchaseOrdersQuery(value(supplierId),
                constant("status", status, PurchaseOrderStatus::valueOf, Arrays.toString(PurchaseOrderStatus.values())),
                instant("from", from), instant("to", to), caller.supplierScope(),
                paging.spec("createdAt", true, PurchaseOrderQueryHandler.SORTABLE)));
    }

    @GetMapping("/{id}")
    @RequiresPermission("purchase-orders:read")
    @Operation(summary = "One purchase order with its lines, totals, approver and history")
    public PurchaseOrderView get(@PathVariable PurchaseOrderId id, @Parameter(hidden = true) Caller caller) {
        return queries.one(new FindPurchaseOrderQuery(id.value(),
                caller.supplierScope()), PurchaseOrderView.class, "purchase order",
                id.value());
    }
}
