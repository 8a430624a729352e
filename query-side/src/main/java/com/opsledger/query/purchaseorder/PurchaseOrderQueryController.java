package com.opsledger.query.purchaseorder;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.purchaseorder.FindPurchaseOrderQuery;
import com.opsledger.kernel.purchaseorder.ListPurchaseOrdersQuery;
import com.opsledger.kernel.purchaseorder.PurchaseOrderId;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import com.opsledger.kernel.purchaseorder.PurchaseOrderView;
import com.opsledger.query.common.Pages;
import com.opsledger.query.common.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

@RestController
@RequestMapping("/api/v1/purchase-orders")
@Tag(name = "Purchase orders")
public class PurchaseOrderQueryController {

    private final Queries queries;

    public PurchaseOrderQueryController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping
    @RequiresPermission("purchase-orders:read")
    @Operation(summary = "List purchase orders by supplier, status and creation time (from inclusive, to exclusive, "
            + "ISO instants); sort by number, createdAt, updatedAt, status or total")
    public PageView<PurchaseOrderView> list(@RequestParam(required = false) String supplierId,
                                            @RequestParam(required = false) String status,
                                            @RequestParam(required = false) String from,
                                            @RequestParam(required = false) String to,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size,
                                            @RequestParam(required = false) String sort,
                                            @Parameter(hidden = true) Caller caller) {
        return queries.page(new ListPurchaseOrdersQuery(
                supplierId == null ? null : Ids.requireValid("supplierId", supplierId), status(status),
                instant("from", from), instant("to", to), caller.actsForSupplier() ? caller.supplierId() : null,
                Pages.spec(page, size, sort, "createdAt", true, PurchaseOrderQueryHandler.SORTABLE)));
    }

    @GetMapping("/{id}")
    @RequiresPermission("purchase-orders:read")
    @Operation(summary = "One purchase order with its lines, totals, approver and history")
    public PurchaseOrderView get(@PathVariable PurchaseOrderId id, @Parameter(hidden = true) Caller caller) {
        return queries.one(new FindPurchaseOrderQuery(id.value(),
                caller.actsForSupplier() ? caller.supplierId() : null), PurchaseOrderView.class, "purchase order",
                id.value());
    }

    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be an ISO instant such as 2026-01-31T00:00:00Z");
        }
    }

    private static PurchaseOrderStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return PurchaseOrderStatus.valueOf(status.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("status", "must be one of " + java.util.Arrays.toString(
                    PurchaseOrderStatus.values()));
        }
    }
}
