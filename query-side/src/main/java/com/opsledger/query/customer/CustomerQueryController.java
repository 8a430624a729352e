package com.opsledger.query.customer;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.customer.CustomerId;
import com.opsledger.kernel.customer.CustomerView;
import com.opsledger.kernel.customer.FindCustomerQuery;
import com.opsledger.kernel.customer.ListCustomersQuery;
import com.opsledger.query.common.Queries;
import com.opsledger.query.web.CursorPageParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers")
public record CustomerQueryController(Queries queries) {

    @GetMapping
    @RequiresPermission("customers:read")
    @Operation(summary = "List customers whose name or e-mail starts with q; sort by name, email, tier, createdAt or "
            + "updatedAt")
    public PageView<CustomerView> list(@RequestParam(required = false) String q,
                                       @ParameterObject CursorPageParameters paging,
                                       @Parameter(hidden = true) Caller caller) {
        return queries.page(new ListCustomersQuery(q, caller.customerScope(),
                paging.spec("name", false, CustomerQueryHandler.SORTABLE)));
    }

    @GetMapping("/{id}")
    @RequiresPermission("customers:read")
    @Operation(summary = "One customer; the ETag is its version")
    public CustomerView get(@PathVariable CustomerId id, @Parameter(hidden = true) Caller caller) {
        return queries.one(new FindCustomerQuery(id.value(), caller.customerScope()), CustomerView.class, "customer",
                id.value());
    }
}
