package com.opsledger.query.invoice;

import com.opsledger.kernel.invoice.InvoiceAcceptedEvent;
import com.opsledger.kernel.invoice.InvoiceEvent;
import com.opsledger.kernel.invoice.InvoiceLineView;
import com.opsledger.kernel.invoice.InvoicePaidEvent;
import com.opsledger.kernel.invoice.InvoicePaymentRecordedEvent;
import com.opsledger.kernel.invoice.InvoiceRegisteredEvent;
import com.opsledger.kernel.invoice.InvoiceRejectedEvent;
import com.opsledger.kernel.invoice.InvoiceStatus;
import com.opsledger.kernel.invoice.InvoiceView;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RecordScopes;
import com.opsledger.query.audit.RowEvolution;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static com.opsledger.query.common.Amounts.stripped;

/**
 * Supplier invoices with their match, status and what is paid and outstanding, and an invoice as it was at any
 * instant (overdue as of that instant's day, UTC like the usual view's today): both follow its events through one
 * {@link #evolve}. A portal supplier sees only their own invoices.
 */
@Component
@ReadModelTables("invoice_view")
@ProcessingGroup("invoices-postgres")
class InvoiceTablePostgresProjection extends RowEvolution<InvoiceRow, InvoiceView> {

    InvoiceTablePostgresProjection(InvoiceRowRepository rows) {
        super("invoices", "Invoice", InvoiceView::version, RecordScopes.ofSupplier(InvoiceView::supplierId), rows,
                row -> row.toView(LocalDate.now(ZoneOffset.UTC)), InvoiceRow::of);
    }

    @Override
    public InvoiceView evolve(InvoiceView i, RecordEvent event) {
        Object payload = event.payload();
        if (payload instanceof InvoiceRegisteredEvent e) {
            List<InvoiceLineView> lines = e.lines().stream().map(l -> new InvoiceLineView(l.lineId(), l.productId(),
                    stripped(l.ordered().amount()), stripped(l.received().amount()),
                    stripped(l.invoicedBefore().amount()), stripped(l.invoiced().amount()),
                    stripped(l.orderedPrice().amount()), stripped(l.invoicedPrice().amount()), l.issues())).toList();
            return new InvoiceView(e.invoiceId(), e.number(), e.purchaseOrderId(), e.supplierId(), e.status(),
                    e.status() == InvoiceStatus.MATCHED, false, e.invoiceDate(), e.dueDate(), e.total().currency(),
                    stripped(e.subtotal().amount()), stripped(e.total().amount()), BigDecimal.ZERO,
                    stripped(e.total().amount()), lines, null, event.sequenceNumber(), event.timestamp(),
                    event.timestamp());
        }
        if (i == null) {
            return null;
        }
        if (payload instanceof InvoiceAcceptedEvent e) {
            return with(i, event, InvoiceStatus.ACCEPTED, i.paid(), i.outstanding(), e.acceptedBy());
        }
        if (payload instanceof InvoiceRejectedEvent) {
            return with(i, event, InvoiceStatus.REJECTED, i.paid(), i.outstanding(), i.acceptedBy());
        }
        if (payload instanceof InvoicePaymentRecordedEvent e) {
            return with(i, event, InvoiceStatus.PARTIALLY_PAID, stripped(e.paidSoFar().amount()),
                    stripped(e.outstanding().amount()), i.acceptedBy());
        }
        if (payload instanceof InvoicePaidEvent) {
            return with(i, event, InvoiceStatus.PAID, i.paid(), i.outstanding(), i.acceptedBy());
        }
        return i;
    }

    @Override
    public InvoiceView seenAt(InvoiceView i, Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        return new InvoiceView(i.id(), i.number(), i.purchaseOrderId(), i.supplierId(), i.status(), i.matched(),
                InvoiceRow.overdue(i.status(), i.dueDate(), day), i.invoiceDate(), i.dueDate(), i.currency(),
                i.subtotal(), i.total(), i.paid(), i.outstanding(), i.lines(), i.acceptedBy(), i.version(),
                i.createdAt(), i.updatedAt());
    }

    @EventHandler
    void on(InvoiceEvent event, DomainEventMessage<?> message) {
        project(event.invoiceId(), message);
    }

    private static InvoiceView with(InvoiceView i, RecordEvent event, InvoiceStatus status, BigDecimal paid,
                                    BigDecimal outstanding, String acceptedBy) {
        return new InvoiceView(i.id(), i.number(), i.purchaseOrderId(), i.supplierId(), status, i.matched(),
                i.overdue(), i.invoiceDate(), i.dueDate(), i.currency(), i.subtotal(), i.total(), paid, outstanding,
                i.lines(), acceptedBy, event.sequenceNumber(), i.createdAt(), event.timestamp());
    }
}
