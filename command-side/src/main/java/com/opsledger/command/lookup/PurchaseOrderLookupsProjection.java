package com.opsledger.command.lookup;

import com.opsledger.kernel.purchaseorder.ExpectedLine;
import com.opsledger.kernel.purchaseorder.PurchaseOrderConfirmedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderCreatedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderExpectedDatesChangedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderGoodsReceivedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderGoodsReturnedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLine;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineAddedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineRaisedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import com.opsledger.kernel.purchaseorder.ReceivedLine;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps the tables behind {@link JdbcPurchaseOrderFacts}: each purchase order's status, supplier, currency and
 * rates, and its lines as ordered, received and returned. Its processing group runs subscribed, inside the
 * transaction of the command whose events it follows, so an invoice registered right after a delivery is matched
 * against it.
 */
@Component
@ProcessingGroup(LookupGroups.PROCUREMENT)
class PurchaseOrderLookupsProjection {


    private final JdbcTemplate jdbc;

    PurchaseOrderLookupsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PurchaseOrderCreatedEvent event) {
        jdbc.update("insert into cmd_purchase_order (purchase_order_id, supplier_id, currency, status, discount_rate, "
                        + "tax_rate) values (?, ?, ?, ?, ?, ?) on conflict do nothing", event.purchaseOrderId(),
                event.supplierId(), event.currency(), PurchaseOrderStatus.DRAFT.name(), event.discountRate(),
                event.taxRate());
        jdbc.update("update cmd_purchase_order set warehouse_id = ? where purchase_order_id = ?", event.warehouseId(),
                event.purchaseOrderId());
        event.lines().forEach(line -> line(event.purchaseOrderId(), line));
    }

    @EventHandler
    void on(PurchaseOrderLineAddedEvent event) {
        line(event.purchaseOrderId(), event.line());
    }

    @EventHandler
    void on(PurchaseOrderLineRaisedEvent event) {
        ordered(event.purchaseOrderId(), event.lineId(), event.quantity().amount());
    }

    /** Submitted, approved, rejected, sent, cancelled, closed: an event that only moves the status. */
    @EventHandler
    void on(PurchaseOrderEvent event) {
        PurchaseOrderStatus status = PurchaseOrderStatus.after(event, null);
        if (status != null) {
            status(event.purchaseOrderId(), status);
        }
    }

    @EventHandler
    void on(PurchaseOrderConfirmedEvent event) {
        status(event.purchaseOrderId(), PurchaseOrderStatus.CONFIRMED);
        expected(event.purchaseOrderId(), event.lines());
    }

    @EventHandler
    void on(PurchaseOrderExpectedDatesChangedEvent event) {
        expected(event.purchaseOrderId(), event.lines());
    }

    @EventHandler
    void on(PurchaseOrderGoodsReceivedEvent event) {
        for (ReceivedLine line : event.lines()) {
            jdbc.update("update cmd_purchase_order_line set received = ? where purchase_order_id = ? and line_id = ?",
                    line.receivedSoFar().amount(), event.purchaseOrderId(), line.lineId());
        }
        status(event.purchaseOrderId(), event.statusAfter());
    }

    @EventHandler
    void on(PurchaseOrderGoodsReturnedEvent event) {
        jdbc.update("update cmd_purchase_order_line set returned = ? where purchase_order_id = ? and line_id = ?",
                event.returnedSoFar().amount(), event.purchaseOrderId(), event.lineId());
    }

    private void line(String purchaseOrderId, PurchaseOrderLine line) {
        jdbc.update("insert into cmd_purchase_order_line (purchase_order_id, line_id, product_id, unit, ordered, "
                        + "received, unit_price) values (?, ?, ?, ?, ?, 0, ?) on conflict do nothing", purchaseOrderId,
                line.lineId(), line.productId(), line.quantity().unit(), line.quantity().amount(),
                line.unitPrice().amount());
    }

    private void expected(String purchaseOrderId, List<ExpectedLine> lines) {
        lines.forEach(line -> ordered(purchaseOrderId, line.lineId(), line.quantity().amount()));
    }

    private void ordered(String purchaseOrderId, String lineId, java.math.BigDecimal quantity) {
        jdbc.update("update cmd_purchase_order_line set ordered = ? where purchase_order_id = ? and line_id = ?",
                quantity, purchaseOrderId, lineId);
    }

    private void status(String purchaseOrderId, PurchaseOrderStatus status) {
        jdbc.update("update cmd_purchase_order set status = ? where purchase_order_id = ?", status.name(),
                purchaseOrderId);
    }
}
