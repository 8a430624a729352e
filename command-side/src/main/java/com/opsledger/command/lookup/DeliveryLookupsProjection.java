package com.opsledger.command.lookup;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.delivery.DeliveryCancelledEvent;
import com.opsledger.kernel.delivery.DeliveryCreatedEvent;
import com.opsledger.kernel.delivery.DeliveryDeliveredEvent;
import com.opsledger.kernel.delivery.DeliveryLine;
import com.opsledger.kernel.delivery.DeliveryReturnedEvent;
import com.opsledger.kernel.order.OrderLine;
import com.opsledger.kernel.order.OrderLineCancelledEvent;
import com.opsledger.kernel.order.OrderLineReservedEvent;
import com.opsledger.kernel.order.OrderPlacedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the tables behind {@link JdbcDeliveryLookups}, subscribed in the transaction of the command whose events it
 * follows. A reservation belongs to at most one active delivery: a delivery that would take one another already holds
 * (two created at once for the same order) is refused here, and with it the command that created it.
 */
@Component
@ProcessingGroup(LookupGroups.DELIVERIES)
class DeliveryLookupsProjection {

    private final JdbcTemplate jdbc;

    DeliveryLookupsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrderPlacedEvent event) {
        jdbc.update("insert into cmd_delivery_order (order_id, customer_id, warehouse_id) values (?, ?, ?) "
                + "on conflict do nothing", event.orderId(), event.customerId(), event.warehouseId());
        int position = 0;
        for (OrderLine line : event.lines()) {
            jdbc.update("insert into cmd_delivery_line (line_id, order_id, position, product_id, stock_item_id, unit) "
                            + "values (?, ?, ?, ?, ?, ?) on conflict do nothing", line.lineId(), event.orderId(),
                    position++, line.productId(), line.stockItemId(), line.quantity().unit());
        }
    }

    @EventHandler
    void on(com.opsledger.kernel.customer.CustomerDeliveryPreferencesSetEvent event) {
        jdbc.update("insert into cmd_delivery_customer (customer_id, proof_code_required) values (?, ?) "
                + "on conflict (customer_id) do update set proof_code_required = excluded.proof_code_required",
                event.customerId(), event.proofCodeRequired());
    }

    @EventHandler
    void on(OrderLineReservedEvent event) {
        jdbc.update("insert into cmd_delivery_reservation (reservation_id, order_id, line_id, quantity) "
                        + "values (?, ?, ?, ?) on conflict do nothing", event.reservationId(), event.orderId(),
                event.lineId(), event.quantity().amount());
    }

    @EventHandler
    void on(OrderLineCancelledEvent event) {
        jdbc.update("delete from cmd_delivery_reservation where line_id = ? and delivery_id is null", event.lineId());
        jdbc.update("update cmd_delivery_reservation set released = true where line_id = ?", event.lineId());
    }

    @EventHandler
    void on(DeliveryCreatedEvent event) {
        for (DeliveryLine line : event.lines()) {
            for (String reservationId : line.reservationIds()) {
                int taken = jdbc.update("update cmd_delivery_reservation set delivery_id = ? where reservation_id = ? "
                        + "and delivery_id is null", event.deliveryId(), reservationId);
                if (taken == 0) {
                    throw new BusinessRuleViolationException("reservation-on-delivery", "the goods of order line "
                            + line.lineId() + " are already on another delivery");
                }
            }
        }
    }

    @EventHandler
    void on(DeliveryCancelledEvent event) {
        jdbc.update("update cmd_delivery_reservation set delivery_id = null where delivery_id = ?", event.deliveryId());
    }

    @EventHandler
    void on(DeliveryDeliveredEvent event) {
        jdbc.update("delete from cmd_delivery_reservation where delivery_id = ?", event.deliveryId());
    }

    @EventHandler
    void on(DeliveryReturnedEvent event) {
        jdbc.update("delete from cmd_delivery_reservation where delivery_id = ?", event.deliveryId());
    }
}
