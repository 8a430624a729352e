package com.opsledger.query.invoice;

import com.opsledger.query.common.ReadModelTables;
import com.opsledger.kernel.invoice.InvoicePaymentRecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Every payment of a supplier invoice, keyed by payment id. */
@Component
@ReadModelTables("payment_view")
@ProcessingGroup("payments-postgres")
class PaymentTablePostgresProjection {

    private final PaymentRowRepository rows;

    PaymentTablePostgresProjection(PaymentRowRepository rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(InvoicePaymentRecordedEvent event, @Timestamp Instant at) {
        if (rows.existsById(event.paymentId())) {
            return;
        }
        PaymentRow row = new PaymentRow();
        row.id = event.paymentId();
        row.invoiceId = event.invoiceId();
        row.purchaseOrderId = event.purchaseOrderId();
        row.supplierId = event.supplierId();
        row.amount = event.amount().amount();
        row.currency = event.amount().currency();
        row.paidOn = event.paidOn();
        row.reference = event.reference();
        row.recordedAt = at;
        rows.save(row);
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }
}
