package com.opsledger.query.invoice;

import com.opsledger.query.common.ReadModelTables;
import com.opsledger.kernel.invoice.InvoiceAcceptedEvent;
import com.opsledger.kernel.invoice.InvoiceLineView;
import com.opsledger.kernel.invoice.InvoicePaidEvent;
import com.opsledger.kernel.invoice.InvoicePaymentRecordedEvent;
import com.opsledger.kernel.invoice.InvoiceRegisteredEvent;
import com.opsledger.kernel.invoice.InvoiceRejectedEvent;
import com.opsledger.kernel.invoice.InvoiceStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Consumer;

/** Supplier invoices with their match, status and what is paid and outstanding. */
@Component
@ReadModelTables("invoice_view")
@ProcessingGroup("invoices-postgres")
class InvoiceTablePostgresProjection {

    private final InvoiceRowRepository rows;

    InvoiceTablePostgresProjection(InvoiceRowRepository rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(InvoiceRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (rows.existsById(event.invoiceId())) {
            return;
        }
        InvoiceRow row = new InvoiceRow();
        row.id = event.invoiceId();
        row.number = event.number();
        row.purchaseOrderId = event.purchaseOrderId();
        row.supplierId = event.supplierId();
        row.status = event.status();
        row.matched = event.status() == InvoiceStatus.MATCHED;
        row.invoiceDate = event.invoiceDate();
        row.dueDate = event.dueDate();
        row.currency = event.total().currency();
        row.subtotal = event.subtotal().amount();
        row.total = event.total().amount();
        row.paid = BigDecimal.ZERO;
        row.outstanding = event.total().amount();
        row.lines = event.lines().stream().map(l -> new InvoiceLineView(l.lineId(), l.productId(),
                InvoiceRow.plain(l.ordered().amount()), InvoiceRow.plain(l.received().amount()),
                InvoiceRow.plain(l.invoicedBefore().amount()), InvoiceRow.plain(l.invoiced().amount()),
                InvoiceRow.plain(l.orderedPrice().amount()), InvoiceRow.plain(l.invoicedPrice().amount()),
                l.issues())).toList();
        row.version = sequence;
        row.createdAt = at;
        row.updatedAt = at;
        rows.save(row);
    }

    @EventHandler
    void on(InvoiceAcceptedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.invoiceId(), sequence, at, row -> {
            row.status = InvoiceStatus.ACCEPTED;
            row.acceptedBy = event.acceptedBy();
        });
    }

    @EventHandler
    void on(InvoiceRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.invoiceId(), sequence, at, row -> row.status = InvoiceStatus.REJECTED);
    }

    @EventHandler
    void on(InvoicePaymentRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.invoiceId(), sequence, at, row -> {
            row.status = InvoiceStatus.PARTIALLY_PAID;
            row.paid = event.paidSoFar().amount();
            row.outstanding = event.outstanding().amount();
        });
    }

    @EventHandler
    void on(InvoicePaidEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.invoiceId(), sequence, at, row -> row.status = InvoiceStatus.PAID);
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    private void change(String invoiceId, long sequence, Instant at, Consumer<InvoiceRow> change) {
        InvoiceRow row = rows.findById(invoiceId).orElseThrow(() ->
                new IllegalStateException("invoice " + invoiceId + " was not projected before its changes"));
        if (row.version >= sequence) {
            return;
        }
        change.accept(row);
        row.version = sequence;
        row.updatedAt = at;
        rows.save(row);
    }
}
