package com.opsledger.query.invoice;

import com.opsledger.kernel.invoice.FindInvoiceQuery;
import com.opsledger.kernel.invoice.FindPaymentQuery;
import com.opsledger.kernel.invoice.InvoiceStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A supplier-portal caller finds only their own supplier's invoices and payments; overdue is computed on read. */
class InvoiceScopingTest {

    private static final String INVOICE = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c01";
    private static final String PAYMENT = "b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c01";
    private static final String OWNER = "5b0c9f3e-1a2b-4c3d-8e9f-0a1b2c3d4e01";
    private static final String OTHER = "5b0c9f3e-1a2b-4c3d-8e9f-0a1b2c3d4e02";

    private final InvoiceRowRepository invoices = mock(InvoiceRowRepository.class);
    private final PaymentRowRepository payments = mock(PaymentRowRepository.class);
    private final InvoiceQueryHandler handler = new InvoiceQueryHandler(invoices, payments);

    @Test
    void canFindOwnInvoicesAndPaymentsOnly() {
        when(invoices.findById(INVOICE)).thenReturn(Optional.of(invoice(InvoiceStatus.MATCHED)));
        when(payments.findById(PAYMENT)).thenReturn(Optional.of(payment()));
        assertThat(handler.handle(new FindInvoiceQuery(INVOICE, OWNER))).isNotNull();
        assertThat(handler.handle(new FindInvoiceQuery(INVOICE, OTHER))).isNull();
        assertThat(handler.handle(new FindPaymentQuery(PAYMENT, OWNER))).isNotNull();
        assertThat(handler.handle(new FindPaymentQuery(PAYMENT, OTHER))).isNull();
    }

    @Test
    void canTellAnUnpaidInvoicePastItsDueDateIsOverdueButNotAPaidOne() {
        assertThat(invoice(InvoiceStatus.PARTIALLY_PAID).toView(LocalDate.of(2030, 2, 1)).overdue()).isTrue();
        assertThat(invoice(InvoiceStatus.PARTIALLY_PAID).toView(LocalDate.of(2030, 1, 31)).overdue()).isFalse();
        assertThat(invoice(InvoiceStatus.PAID).toView(LocalDate.of(2030, 2, 1)).overdue()).isFalse();
    }

    private static InvoiceRow invoice(InvoiceStatus status) {
        InvoiceRow row = new InvoiceRow();
        row.record(INVOICE, 0, null, null);
        row.number = "INV-1";
        row.purchaseOrderId = OWNER;
        row.supplierId = OWNER;
        row.status = status;
        row.invoiceDate = LocalDate.of(2030, 1, 1);
        row.dueDate = LocalDate.of(2030, 1, 31);
        row.currency = "EUR";
        row.subtotal = BigDecimal.TEN;
        row.total = BigDecimal.TEN;
        row.paid = BigDecimal.ONE;
        row.outstanding = BigDecimal.valueOf(9);
        return row;
    }

    private static PaymentRow payment() {
        PaymentRow row = new PaymentRow();
        row.id = PAYMENT;
        row.invoiceId = INVOICE;
        row.purchaseOrderId = OWNER;
        row.supplierId = OWNER;
        row.amount = BigDecimal.ONE;
        row.currency = "EUR";
        row.paidOn = LocalDate.of(2030, 1, 5);
        row.recordedAt = Instant.EPOCH;
        return row;
    }
}
