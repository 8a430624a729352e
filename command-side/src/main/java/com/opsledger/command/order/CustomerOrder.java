package com.opsledger.command.order;

import com.opsledger.command.customer.CustomerRules;
import com.opsledger.command.lookup.OrderLookups;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.common.Reason;
import com.opsledger.kernel.order.CancelLineShortfallCommand;
import com.opsledger.kernel.order.CancelOrderCommand;
import com.opsledger.kernel.order.CancelOrderLineCommand;
import com.opsledger.kernel.order.LineQuantity;
import com.opsledger.kernel.order.OrderLinesDeliveredEvent;
import com.opsledger.kernel.order.OrderLinesDispatchedEvent;
import com.opsledger.kernel.order.OrderLinesReturnedEvent;
import com.opsledger.kernel.order.RecordDeliveryProgressCommand;
import com.opsledger.kernel.order.NewOrderLine;
import com.opsledger.kernel.order.OrderCancelledEvent;
import com.opsledger.kernel.order.OrderFulfilledEvent;
import com.opsledger.kernel.order.OrderLine;
import com.opsledger.kernel.order.OrderLineBackorderedEvent;
import com.opsledger.kernel.order.OrderLineCancelledEvent;
import com.opsledger.kernel.order.OrderLineFulfilledEvent;
import com.opsledger.kernel.order.OrderLineReservedEvent;
import com.opsledger.kernel.order.OrderLineShortfallCancelledEvent;
import com.opsledger.kernel.order.OrderPlacedEvent;
import com.opsledger.kernel.order.PlaceOrderCommand;
import com.opsledger.kernel.order.RecordLineBackorderCommand;
import com.opsledger.kernel.order.RecordLineReservationCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A customer's order: lines of products from one warehouse. Stock is reserved per line by the order process
 * manager; the order knows per line what is reserved, backordered and cancelled, and never more than was ordered.
 */
@Aggregate(cache = "customerOrderCache")
public class CustomerOrder {

    static final int MAX_LINES = 100;

    @AggregateIdentifier
    private String orderId;
    private String customerId;
    private OrderLines lines;
    private boolean closed;
    private DeliveryProgress deliveries;

    protected CustomerOrder() {
    }

    @CommandHandler
    public CustomerOrder(PlaceOrderCommand command, OrderLookups lookups) {
        String customerId = Ids.requireValid("customerId", command.customerId());
        if (command.scopeCustomerId() != null && !command.scopeCustomerId().equals(customerId)) {
            throw new NotFoundException("customer", customerId);
        }
        String tier = lookups.customerTier(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        String warehouseId = Ids.requireValid("warehouseId", command.warehouseId());
        if (!lookups.warehouseExists(warehouseId)) {
            throw new NotFoundException("warehouse", warehouseId);
        }
        if (command.lines() == null || command.lines().isEmpty() || command.lines().size() > MAX_LINES) {
            throw new InvalidValueException("lines", "must hold 1 to " + MAX_LINES + " lines");
        }
        List<OrderLine> lines = new ArrayList<>();
        Set<String> products = new HashSet<>();
        for (int i = 0; i < command.lines().size(); i++) {
            lines.add(line(command.orderId(), i, command.lines().get(i), warehouseId, lookups, products));
        }
        if (command.deliveryAddress() != null) {
            CustomerRules.address("deliveryAddress", command.deliveryAddress());
        }
        apply(new OrderPlacedEvent(command.orderId(), customerId, tier, warehouseId, List.copyOf(lines),
                command.deliveryAddress(), command.requestedDate()));
    }

    private static OrderLine line(String orderId, int index, NewOrderLine line, String warehouseId,
                                  OrderLookups lookups, Set<String> products) {
        String field = "lines[" + index + "]";
        if (line == null) {
            throw new InvalidValueException(field, "is required");
        }
        String productId = Ids.requireValid(field + ".productId", line.productId());
        if (!products.add(productId)) {
            throw new InvalidValueException(field + ".productId", "appears on more than one line");
        }
        OrderLookups.StockItemRef stock = lookups.stockItem(productId, warehouseId).orElseThrow(() ->
                new BusinessRuleViolationException("product-not-stocked", "product " + productId
                        + " has no stock item in warehouse " + warehouseId));
        if (line.quantity() == null || line.quantity().signum() <= 0) {
            throw new InvalidValueException(field + ".quantity", "must be greater than zero");
        }
        String lineId = UUID.nameUUIDFromBytes((orderId + "/" + index).getBytes(StandardCharsets.UTF_8)).toString();
        return new OrderLine(lineId, productId, stock.stockItemId(), Quantity.of(line.quantity(), stock.unit()));
    }

    @CommandHandler
    public void handle(RecordLineReservationCommand command) {
        OrderLines.Line line = lines.get(command.lineId());
        if (line.reservations.contains(command.reservationId())) {
            return;
        }
        requireOpen(line);
        Quantity quantity = positive(command.quantity(), line);
        Quantity room = line.quantity.minus(line.reserved).minus(line.cancelled);
        if (quantity.isGreaterThan(room)) {
            throw new BusinessRuleViolationException("line-overfilled", "reserve " + quantity + " for line "
                    + line.lineId + " but only " + room + " is still wanted");
        }
        apply(new OrderLineReservedEvent(orderId, line.lineId, line.stockItemId, command.reservationId(), quantity,
                command.backorderId()));
        if (line.fulfilled()) {
            apply(new OrderLineFulfilledEvent(orderId, line.lineId));
        }
        closeIfDone();
    }

    @CommandHandler
    public void handle(RecordLineBackorderCommand command) {
        OrderLines.Line line = lines.get(command.lineId());
        requireOpen(line);
        Quantity quantity = positive(command.quantity(), line);
        if (quantity.isGreaterThan(line.pending())) {
            throw new BusinessRuleViolationException("line-overfilled", "backorder " + quantity + " for line "
                    + line.lineId + " but only " + line.pending() + " is unhandled");
        }
        apply(new OrderLineBackorderedEvent(orderId, line.lineId, command.backorderId(), quantity));
    }

    @CommandHandler
    public void handle(CancelOrderLineCommand command) {
        requireScope(command.scopeCustomerId());
        OrderLines.Line line = lines.get(command.lineId());
        requireOpen(line);
        requireNotDispatched(line);
        cancel(line, Reason.optional("reason", command.reason()));
        closeIfDone();
    }

    @CommandHandler
    public void handle(CancelOrderCommand command) {
        requireScope(command.scopeCustomerId());
        if (lines.all().stream().allMatch(OrderLines.Line::cancelled)) {
            throw new BusinessRuleViolationException("order-cancelled", "order " + orderId + " is already cancelled");
        }
        lines.all().forEach(CustomerOrder::requireNotDispatched);
        String reason = Reason.optional("reason", command.reason());
        lines.all().stream().filter(line -> !line.cancelled()).toList().forEach(line -> cancel(line, reason));
        apply(new OrderCancelledEvent(orderId, reason));
    }

    @CommandHandler
    public void handle(CancelLineShortfallCommand command) {
        OrderLines.Line line = lines.get(command.lineId());
        if (line.cancelled() || !command.backorderId().equals(line.backorderId) || !line.backordered.isPositive()) {
            return;
        }
        Quantity quantity = Quantity.of(command.quantity(), line.quantity.unit()).min(line.backordered);
        apply(new OrderLineShortfallCancelledEvent(orderId, line.lineId, command.backorderId(), quantity,
                command.reason()));
        if (line.fulfilled()) {
            apply(new OrderLineFulfilledEvent(orderId, line.lineId));
        }
        closeIfDone();
    }

    private void cancel(OrderLines.Line line, String reason) {
        apply(new OrderLineCancelledEvent(orderId, line.lineId, line.stockItemId, line.quantity.minus(line.cancelled),
                List.copyOf(line.reservations), line.backorderId, reason));
    }

    private void closeIfDone() {
        if (closed || !lines.allClosed()) {
            return;
        }
        if (lines.anyFulfilled()) {
            apply(new OrderFulfilledEvent(orderId));
        } else {
            apply(new OrderCancelledEvent(orderId, "every line cancelled"));
        }
    }

    private void requireScope(String scopeCustomerId) {
        if (scopeCustomerId != null && !scopeCustomerId.equals(customerId)) {
            throw new NotFoundException("order", orderId);
        }
    }

    private static void requireOpen(OrderLines.Line line) {
        if (line.cancelled()) {
            throw new BusinessRuleViolationException("line-cancelled", "order line " + line.lineId + " is cancelled");
        }
    }

    private static void requireNotDispatched(OrderLines.Line line) {
        if (line.dispatched()) {
            throw new BusinessRuleViolationException("line-dispatched", "goods of order line " + line.lineId
                    + " have left the warehouse; it can no longer be cancelled");
        }
    }

    @CommandHandler
    public void handle(RecordDeliveryProgressCommand command) {
        DeliveryProgress.requireLines(lines, command.lines());
        if (!deliveries.isNew(command.deliveryId(), command.step())) {
            return;
        }
        List<LineQuantity> quantities = List.copyOf(command.lines());
        switch (command.step()) {
            case RecordDeliveryProgressCommand.DISPATCHED ->
                    apply(new OrderLinesDispatchedEvent(orderId, command.deliveryId(), quantities));
            case RecordDeliveryProgressCommand.DELIVERED ->
                    apply(new OrderLinesDeliveredEvent(orderId, command.deliveryId(), quantities));
            default -> apply(new OrderLinesReturnedEvent(orderId, command.deliveryId(), quantities));
        }
    }

    private static Quantity positive(BigDecimal amount, OrderLines.Line line) {
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidValueException("quantity", "must be greater than zero");
        }
        return Quantity.of(amount, line.quantity.unit());
    }


    @EventSourcingHandler
    void on(OrderPlacedEvent event) {
        orderId = event.orderId();
        customerId = event.customerId();
        lines = new OrderLines();
        event.lines().forEach(lines::add);
        deliveries = new DeliveryProgress();
    }

    @EventSourcingHandler
    void on(OrderLinesDispatchedEvent event) {
        deliveries.recorded(event.deliveryId(), RecordDeliveryProgressCommand.DISPATCHED);
        event.lines().forEach(q -> {
            OrderLines.Line line = lines.get(q.lineId());
            line.outForDelivery = line.outForDelivery.plus(q.quantity());
        });
    }

    @EventSourcingHandler
    void on(OrderLinesDeliveredEvent event) {
        deliveries.recorded(event.deliveryId(), RecordDeliveryProgressCommand.DELIVERED);
        event.lines().forEach(q -> {
            OrderLines.Line line = lines.get(q.lineId());
            line.outForDelivery = line.outForDelivery.minus(q.quantity().min(line.outForDelivery));
            line.delivered = line.delivered.plus(q.quantity());
        });
    }

    /** Returned goods are no longer the order's: the line wants them again, and the order is open. */
    @EventSourcingHandler
    void on(OrderLinesReturnedEvent event) {
        deliveries.recorded(event.deliveryId(), RecordDeliveryProgressCommand.RETURNED);
        event.lines().forEach(q -> {
            OrderLines.Line line = lines.get(q.lineId());
            line.outForDelivery = line.outForDelivery.minus(q.quantity().min(line.outForDelivery));
            line.reserved = line.reserved.minus(q.quantity().min(line.reserved));
            line.reservations.removeAll(q.reservationIds());
        });
        closed = false;
    }

    @EventSourcingHandler
    void on(OrderLineReservedEvent event) {
        OrderLines.Line line = lines.get(event.lineId());
        line.reservations.add(event.reservationId());
        line.reserved = line.reserved.plus(event.quantity());
        if (event.backorderId() != null) {
            line.backordered = line.backordered.minus(event.quantity().min(line.backordered));
        }
    }

    @EventSourcingHandler
    void on(OrderLineBackorderedEvent event) {
        OrderLines.Line line = lines.get(event.lineId());
        line.backorderId = event.backorderId();
        line.backordered = line.backordered.plus(event.quantity());
    }

    @EventSourcingHandler
    void on(OrderLineShortfallCancelledEvent event) {
        OrderLines.Line line = lines.get(event.lineId());
        line.backordered = line.backordered.minus(event.quantity());
        line.cancelled = line.cancelled.plus(event.quantity());
    }

    @EventSourcingHandler
    void on(OrderLineCancelledEvent event) {
        OrderLines.Line line = lines.get(event.lineId());
        line.lineCancelled = true;
        line.cancelled = line.quantity;
        line.reserved = Quantity.zero(line.quantity.unit());
        line.backordered = line.reserved;
        line.reservations.clear();
    }

    @EventSourcingHandler
    void on(OrderFulfilledEvent event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(OrderCancelledEvent event) {
        closed = true;
    }
}
