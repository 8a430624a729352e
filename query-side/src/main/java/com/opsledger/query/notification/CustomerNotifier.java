package com.opsledger.query.notification;

import com.opsledger.kernel.privacy.DataSubjectErasedEvent;
import com.opsledger.kernel.catalog.PreferredSupplierSetEvent;
import com.opsledger.kernel.supplier.SupplierCreatedEvent;
import com.opsledger.kernel.supplier.SupplierUpdatedEvent;
import com.opsledger.kernel.backorder.BackorderAllocatedEvent;
import com.opsledger.kernel.backorder.BackorderCancelledEvent;
import com.opsledger.kernel.backorder.BackorderCreatedEvent;
import com.opsledger.kernel.backorder.BackorderEtaChangedEvent;
import com.opsledger.kernel.backorder.BackorderFulfilledEvent;
import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import com.opsledger.kernel.customer.CustomerCreatedEvent;
import com.opsledger.kernel.customer.CustomerUpdatedEvent;
import com.opsledger.kernel.delivery.DeliveryDispatchedEvent;
import com.opsledger.kernel.delivery.ProofCodes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Tells customers what happens to their backorders (created with its ETA, ETA changed, partly filled, filled,
 * cancelled) by their preferred channel, and records the need for stock towards the product's supplier. Every
 * message is recorded in {@code notification_view}, keyed by the event, so a redelivered event is not sent twice
 * once its record is committed. Its processing group does not end in {@code -postgres}: commands do not wait for
 * the mail server. A replay sends nothing again: messages already sent are a fact, not a read model.
 */
@Component
@DisallowReplay
@ProcessingGroup("customer-notifications")
class CustomerNotifier {

    private final JdbcTemplate jdbc;
    private final NotificationOutbox outbox;
    private final ProofCodes codes;

    CustomerNotifier(JdbcTemplate jdbc, NotificationOutbox outbox, ProofCodes codes) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.codes = codes;
    }

    /** The goods are on their way: the customer gets the code to give the driver (recorded without it). */
    @EventHandler
    void on(DeliveryDispatchedEvent event, @MessageIdentifier String messageId, @Timestamp Instant at) {
        boolean withCode = event.proofCodeHash() != null;
        outbox.toCustomer(new NotificationOutbox.Message(messageId, "delivery-dispatched", event.customerId(), null,
                event.orderId(), null, "Your delivery is on its way",
                "The goods of your order " + event.orderId() + " are on their way (delivery " + event.deliveryId()
                        + ")." + (withCode ? " Please give the driver this code: " + NotificationOutbox.SECRET : "")),
                at, withCode ? codes.code(event.deliveryId()) : null);
    }

    @EventHandler
    void on(CustomerCreatedEvent event) {
        recipient(event.customerId(), event.name(), event.email(), event.phone(), event.communicationPreference());
    }

    @EventHandler
    void on(CustomerUpdatedEvent event) {
        recipient(event.customerId(), event.name(), event.email(), event.phone(), event.communicationPreference());
    }

    @EventHandler
    void on(ProductCreatedEvent event) {
        product(event.productId(), event.sku(), event.name());
    }

    @EventHandler
    void on(ProductUpdatedEvent event) {
        jdbc.update("update notification_product set name = ? where product_id = ?", event.name(), event.productId());
    }

    @EventHandler
    void on(PreferredSupplierSetEvent event) {
        jdbc.update("update notification_product set preferred_supplier_id = ? where product_id = ?",
                event.supplierId(), event.productId());
    }

    @EventHandler
    void on(SupplierCreatedEvent event) {
        supplier(event.supplierId(), event.name(), event.email());
    }

    @EventHandler
    void on(SupplierUpdatedEvent event) {
        supplier(event.supplierId(), event.name(), event.email());
    }

    private void supplier(String supplierId, String name, String email) {
        jdbc.update("insert into notification_supplier (supplier_id, name, email) values (?, ?, ?) "
                + "on conflict (supplier_id) do update set name = excluded.name, email = excluded.email",
                supplierId, name, email == null || email.isBlank() ? null : email);
    }

    @EventHandler
    void on(BackorderCreatedEvent event, @MessageIdentifier String messageId, @Timestamp Instant at) {
        String product = productName(event.productId());
        outbox.toCustomer(new NotificationOutbox.Message(messageId, "backorder-created", event.customerId(),
                event.backorderId(), event.orderId(), event.productId(),
                "Backorder for " + product,
                "We could not reserve all of " + product + " for your order " + event.orderId() + ". "
                        + event.quantity() + " are on backorder; " + eta(event.eta())
                        + " We will write again as they arrive."), at);
        outbox.supplierNeed(messageId, event.backorderId(), event.orderId(), event.productId(),
                "Stock needed: " + product, event.quantity() + " of " + product + " (" + event.productId()
                        + ") are backordered in warehouse " + event.warehouseId() + ".", at);
    }

    @EventHandler
    void on(BackorderEtaChangedEvent event, @MessageIdentifier String messageId, @Timestamp Instant at) {
        String orderId = jdbc.queryForList("select order_id from notification_view where backorder_id = ? limit 1",
                String.class, event.backorderId()).stream().findFirst().orElse(null);
        outbox.toCustomer(new NotificationOutbox.Message(messageId, "eta-changed", event.customerId(),
                event.backorderId(), orderId, null, "New expected date for your backorder",
                "Your backorder " + event.backorderId() + " has a new expected date: " + eta(event.eta())), at);
    }

    @EventHandler
    void on(BackorderAllocatedEvent event, @MessageIdentifier String messageId, @Timestamp Instant at) {
        if (!event.remaining().isPositive()) {
            return;
        }
        outbox.toCustomer(new NotificationOutbox.Message(messageId, "partly-filled", event.customerId(),
                event.backorderId(), event.orderId(), null, "Part of your backorder has arrived",
                event.quantity() + " of your backorder for order " + event.orderId() + " are now reserved for you; "
                        + event.remaining() + " still to come."), at);
    }

    @EventHandler
    void on(BackorderFulfilledEvent event, @MessageIdentifier String messageId, @Timestamp Instant at) {
        outbox.toCustomer(new NotificationOutbox.Message(messageId, "filled", event.customerId(),
                event.backorderId(), event.orderId(), null, "Your backorder is complete",
                "Everything on backorder for your order " + event.orderId() + " is now reserved for you."), at);
    }

    @EventHandler
    void on(BackorderCancelledEvent event, @MessageIdentifier String messageId, @Timestamp Instant at) {
        outbox.toCustomer(new NotificationOutbox.Message(messageId, "cancelled", event.customerId(),
                event.backorderId(), event.orderId(), null, "Your backorder is cancelled",
                "The backorder for your order " + event.orderId() + " is cancelled; " + event.remaining()
                        + " will not be delivered." + (event.reason() == null ? "" : " Reason: " + event.reason())),
                at);
    }

    private void recipient(String customerId, String name, String email, String phone, String preference) {
        jdbc.update("insert into notification_recipient (customer_id, name, email, phone, preference) "
                + "values (?, ?, ?, ?, ?) on conflict (customer_id) do update set name = excluded.name, "
                + "email = excluded.email, phone = excluded.phone, preference = excluded.preference",
                customerId, name, email, phone, preference);
    }

    private void product(String productId, String sku, String name) {
        jdbc.update("insert into notification_product (product_id, sku, name) values (?, ?, ?) "
                + "on conflict (product_id) do update set name = excluded.name", productId, sku, name);
    }

    private String productName(String productId) {
        return jdbc.queryForList("select name || ' (' || sku || ')' from notification_product where product_id = ?",
                String.class, productId).stream().findFirst().orElse("product " + productId);
    }

    /**
     * An erased person is no longer written to: their addresses go, and so do the addresses (and the delivery
     * errors, which may quote them) of the messages already sent to them.
     */
    @EventHandler
    void on(DataSubjectErasedEvent event) {
        jdbc.update("update notification_recipient set name = null, email = null, phone = null where customer_id = ?",
                event.subjectId());
        jdbc.update("update notification_view set "
                + "recipient = case when recipient is null then null else '[erased]' end, "
                + "detail = case when detail is null then null else '[erased]' end where customer_id = ?",
                event.subjectId());
        jdbc.update("update notification_supplier set email = null where supplier_id = ?", event.subjectId());
    }


    private static String eta(LocalDate eta) {
        return eta == null ? "we will tell you when we expect them." : "we expect them by " + eta + ".";
    }
}
