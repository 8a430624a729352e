package com.opsledger.query.invoice;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.invoice.FindInvoiceQuery;
import com.opsledger.kernel.invoice.FindPaymentQuery;
import com.opsledger.kernel.invoice.InvoiceId;
import com.opsledger.kernel.invoice.InvoiceStatus;
import com.opsledger.kernel.invoice.InvoiceView;
import com.opsledger.kernel.invoice.ListInvoicesQuery;
import com.opsledger.kernel.invoice.ListPaymentsQuery;
import com.opsledger.kernel.invoice.PaymentId;
import com.opsledger.kernel.invoice.PaymentView;
import com.opsledger.kernel.purchaseorder.PurchaseOrderId;
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
import static com.opsledger.query.web.QueryParameters.value;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Invoices and payments")
public record InvoiceQueryController(Queries queries) {

    @GetMapping("/invoices")
    @RequiresPermission("invoices:read")
    @Operation(summary = "List invoices by supplier, purchase order, status and whether they are overdue (due before "
            + "today and not paid); sort by invoiceDate, dueDate, total, outstanding or createdAt")
    public PageView<InvoiceView> list(@RequestParam(required = false) SupplierId supplierId,
                                      @RequestParam(required = false) PurchaseOrderId purchaseOrderId,
                                      @RequestParam(required = false) String status,
                                      @RequestParam(required = false) Boolean overdue,
                                      @ParameterObject PageParameters paging,
                                      @Parameter(hidden = true) Caller caller) {
        return queries.page(new ListInvoicesQuery(value(supplierId), value(purchaseOrderId),
                constant("status", status, InvoiceStatus::valueOf, Arrays.toString(InvoiceStatus.values())), overdue,
                null, caller.supplierScope(), paging.spec("dueDate", false, InvoiceQueryHandler.INVOICE_SORTABLE)));
    }

    @GetMapping("/invoices/{id}")
    @RequiresPermission("invoices:read")
    @Operation(summary = "One invoice with its three-way match per line, what is paid and what is outstanding")
    public InvoiceView get(@PathVariable InvoiceId id, @Parameter(hidden = true) Caller caller) {
        return queries.one(new FindInvoiceQuery(id.value(), caller.supplierScope()), InvoiceView.class, "invoice",
                id.value());
    }

    @GetMapping("/payments")
    @RequiresPermission("invoices:read")
    @Operation(summary = "List payments by invoice and supplier; sort by paidOn, recordedAt or amount")
    public PageView<PaymentView> payments(@RequestParam(required = false) InvoiceId invoiceId,
                                          @RequestParam(required = false) SupplierId supplierId,
                                          @ParameterObject PageParameters paging,
                                          @Parameter(hidden = true) Caller caller) {
        return queries.page(new ListPaymentsQuery(value(invoiceId), value(supplierId), caller.supplierScope(),
                paging.spec("recordedAt", true, InvoiceQueryHandler.PAYMENT_SORTABLE)));
    }

    @GetMapping("/payments/{id}")
    @RequiresPermission("invoices:read")
    @Operation(summary = "One payment")
    public PaymentView payment(@PathVariable PaymentId id, @Parameter(hidden = true) Caller caller) {
        return queries.one(new FindPaymentQuery(id.value(), caller.supplierScope()), PaymentView.class, "payment",
                id.value());
    }
}
