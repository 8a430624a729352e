package com.opsledger.command.delivery;

import com.opsledger.command.lookup.DeliveryLookups;
import com.opsledger.kernel.common.DomainException;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.delivery.CancelDeliveryCommand;
import com.opsledger.kernel.delivery.CreateDeliveryCommand;
import com.opsledger.kernel.delivery.DeliveryDeliveredEvent;
import com.opsledger.kernel.delivery.DeliveryDispatchedEvent;
import com.opsledger.kernel.delivery.DeliveryLine;
import com.opsledger.kernel.delivery.DeliveryReturnedEvent;
import com.opsledger.kernel.order.LineQuantity;
import com.opsledger.kernel.order.OrderFulfilledEvent;
import com.opsledger.kernel.order.OrderLineCancelledEvent;
import com.opsledger.kernel.order.RecordDeliveryProgressCommand;
import com.opsledger.kernel.stockitem.AdjustStockCommand;
import com.opsledger.kernel.stockitem.IssueReservationCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What a delivery sets off elsewhere: an order whose open lines are all reserved gets its delivery (when
 * {@code opsledger.deliveries.auto-create} is on); goods that leave the warehouse issue their reservations (stock
 * leaves, first expiry first out) and the order learns they are out, then delivered; goods returned from a failed
 * delivery go back to stock (unless written off) and their order lines are open again; a cancelled order line takes
 * the deliveries that have not left with its goods with it.
 */
@Component
@DisallowReplay
@ProcessingGroup(DeliveryFollowUp.NAME)
public class DeliveryFollowUp {

    public static final String NAME = "delivery-follow-up";

    private final CommandGateway commands;
    private final DeliveryNumbers numbers;
    private final DeliveryLookups lookups;
    private final boolean autoCreate;

    public DeliveryFollowUp(CommandGateway commands, DeliveryNumbers numbers, DeliveryLookups lookups,
                            @Value("${opsledger.deliveries.auto-create:true}") boolean autoCreate) {
        this.commands = commands;
        this.numbers = numbers;
        this.lookups = lookups;
        this.autoCreate = autoCreate;
    }

    @EventHandler
    void on(OrderLineCancelledEvent event) {
        lookups.deliveriesHolding(event.reservationIds()).forEach(deliveryId ->
                tryTo(new CancelDeliveryCommand(deliveryId, "order line " + event.lineId() + " cancelled")));
    }

    @EventHandler
    void on(OrderFulfilledEvent event) {
        if (autoCreate) {
            tryTo(new CreateDeliveryCommand(Ids.newId(), numbers.next(), event.orderId(), null, null, null, true));
        }
    }

    @EventHandler
    void on(DeliveryDispatchedEvent event) {
        for (DeliveryLine line : event.lines()) {
            line.reservationIds().forEach(reservationId ->
                    tryTo(new IssueReservationCommand(line.stockItemId(), reservationId, null)));
        }
        tryTo(new RecordDeliveryProgressCommand(event.orderId(), event.deliveryId(),
                RecordDeliveryProgressCommand.DISPATCHED, quantities(event.lines())));
    }

    @EventHandler
    void on(DeliveryDeliveredEvent event) {
        tryTo(new RecordDeliveryProgressCommand(event.orderId(), event.deliveryId(),
                RecordDeliveryProgressCommand.DELIVERED, quantities(event.lines())));
    }

    @EventHandler
    void on(DeliveryReturnedEvent event) {
        if ("restock".equals(event.disposition())) {
            for (DeliveryLine line : event.lines()) {
                tryTo(new AdjustStockCommand(line.stockItemId(), line.quantity().amount(),
                        "returned from failed delivery " + event.deliveryId(), null, null));
            }
        }
        tryTo(new RecordDeliveryProgressCommand(event.orderId(), event.deliveryId(),
                RecordDeliveryProgressCommand.RETURNED, quantities(event.lines())));
    }

    private static List<LineQuantity> quantities(List<DeliveryLine> lines) {
        return lines.stream().map(l -> new LineQuantity(l.lineId(), l.quantity(), l.reservationIds())).toList();
    }

    /** Refusals here mean the work is already done (issued, recorded): nothing to repeat. */
    private void tryTo(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (DomainException alreadyDone) {
            // nothing to do
        }
    }
}
