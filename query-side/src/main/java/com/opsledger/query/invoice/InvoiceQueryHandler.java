package com.opsledger.query.invoice;

import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.invoice.FindInvoiceQuery;
import com.opsledger.kernel.invoice.FindPaymentQuery;
import com.opsledger.kernel.invoice.InvoiceStatus;
import com.opsledger.kernel.invoice.InvoiceView;
import com.opsledger.kernel.invoice.ListInvoicesQuery;
import com.opsledger.kernel.invoice.ListPaymentsQuery;
import com.opsledger.kernel.invoice.PaymentView;
import com.opsledger.query.common.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Invoices and payments; a query scoped to a supplier (a supplier-portal caller) never sees another supplier's. */
@Component
class InvoiceQueryHandler {

    static final Map<String, String> INVOICE_SORTABLE = Map.of("invoiceDate", "invoiceDate", "dueDate", "dueDate",
            "total", "total", "outstanding", "outstanding", "createdAt", "createdAt");
    static final Map<String, String> PAYMENT_SORTABLE = Map.of("paidOn", "paidOn", "recordedAt", "recordedAt",
            "amount", "amount");
    private static final List<InvoiceStatus> SETTLED = List.of(InvoiceStatus.PAID, InvoiceStatus.REJECTED);

    private final InvoiceRowRepository invoices;
    private final PaymentRowRepository payments;

    InvoiceQueryHandler(InvoiceRowRepository invoices, PaymentRowRepository payments) {
        this.invoices = invoices;
        this.payments = payments;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    InvoiceView handle(FindInvoiceQuery query) {
        return invoices.findById(query.invoiceId())
                .filter(row -> query.onlySupplierId() == null || query.onlySupplierId().equals(row.supplierId))
                .map(row -> row.toView(LocalDate.now(ZoneOffset.UTC))).orElse(null);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<InvoiceView> handle(ListInvoicesQuery query) {
        LocalDate today = query.today() == null ? LocalDate.now(ZoneOffset.UTC) : query.today();
        Specification<InvoiceRow> overdue = query.overdue() == null ? null : query.overdue()
                ? (root, q, cb) -> cb.and(cb.lessThan(root.get("dueDate"), today), root.get("status").in(SETTLED).not())
                : (root, q, cb) -> cb.or(cb.greaterThanOrEqualTo(root.get("dueDate"), today),
                root.get("status").in(SETTLED));
        Specification<InvoiceRow> filter = Specification.allOf(
                equal("supplierId", query.supplierId()),
                equal("supplierId", query.onlySupplierId()),
                equal("purchaseOrderId", query.purchaseOrderId()),
                equal("status", query.status()),
                overdue);
        return Pages.view(invoices.findAll(filter, Pages.pageable(query.page(), INVOICE_SORTABLE, "id")),
                row -> row.toView(today));
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PaymentView handle(FindPaymentQuery query) {
        return payments.findById(query.paymentId())
                .filter(row -> query.onlySupplierId() == null || query.onlySupplierId().equals(row.supplierId))
                .map(PaymentRow::toView).orElse(null);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<PaymentView> handle(ListPaymentsQuery query) {
        Specification<PaymentRow> filter = Specification.allOf(
                equal("invoiceId", query.invoiceId()),
                equal("supplierId", query.supplierId()),
                equal("supplierId", query.onlySupplierId()));
        return Pages.view(payments.findAll(filter, Pages.pageable(query.page(), PAYMENT_SORTABLE, "id")),
                PaymentRow::toView);
    }

    private static <T> Specification<T> equal(String attribute, Object value) {
        return value == null ? null : (root, q, cb) -> cb.equal(root.get(attribute), value);
    }
}
