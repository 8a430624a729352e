package com.opsledger.command.lookup;

import com.opsledger.kernel.invoice.InvoiceRegisteredEvent;
import com.opsledger.kernel.invoice.InvoiceRejectedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the table behind {@link JdbcInvoicedQuantities}: what each invoice that stands bills of each purchase order
 * line; a rejected invoice leaves it. Subscribed like {@link PurchaseOrderLookupsProjection}, so the next invoice of
 * the line is matched with this one.
 */
@Component
@ProcessingGroup(LookupGroups.PROCUREMENT)
class InvoiceLookupsProjection {

    private final JdbcTemplate jdbc;

    InvoiceLookupsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(InvoiceRegisteredEvent event) {
        event.lines().forEach(line -> jdbc.update("insert into cmd_invoice_line (invoice_id, purchase_order_id, "
                        + "line_id, quantity) values (?, ?, ?, ?) on conflict do nothing", event.invoiceId(),
                event.purchaseOrderId(), line.lineId(), line.invoiced().amount()));
    }

    @EventHandler
    void on(InvoiceRejectedEvent event) {
        jdbc.update("delete from cmd_invoice_line where invoice_id = ?", event.invoiceId());
    }
}
