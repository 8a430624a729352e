package com.opsledger.command.order;

import com.opsledger.kernel.backorder.BackorderAllocatedEvent;
import com.opsledger.kernel.backorder.BackorderCancelledEvent;
import com.opsledger.command.backorder.BackorderTerms;
import com.opsledger.kernel.backorder.CancelBackorderCommand;
import com.opsledger.kernel.backorder.UpdateBackorderEtaCommand;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import com.opsledger.kernel.common.DomainException;
import com.opsledger.kernel.order.CancelLineShortfallCommand;
import com.opsledger.kernel.order.OrderLineCancelledEvent;
import com.opsledger.kernel.order.RecordLineReservationCommand;
import com.opsledger.kernel.stockitem.ReleaseReservationCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.OptionalInt;

/**
 * The order's side of what happens to its lines after placement, for as long as the records exist (not only
 * while the order process runs): stock allocated through a backorder is recorded on the line, or released when
 * the line was cancelled meanwhile; a cancelled line gives back its reservations and cancels its backorder; a
 * cancelled backorder cancels the shortfall of its line; a product's new lead time re-estimates its backorders.
 */
@Component
@DisallowReplay
@ProcessingGroup(OrderFollowUp.NAME)
public class OrderFollowUp {

    public static final String NAME = "order-follow-up";

    private final CommandGateway commands;
    private final OrderLookups lookups;

    public OrderFollowUp(CommandGateway commands, OrderLookups lookups) {
        this.commands = commands;
        this.lookups = lookups;
    }

    /** A product's new lead time moves the ETA of its open backorders that are estimated from it. */
    @EventHandler
    void on(ProductUpdatedEvent event) {
        for (OrderLookups.LeadTimeBackorder backorder : lookups.openBackordersOnLeadTime(event.productId())) {
            tryTo(new UpdateBackorderEtaCommand(backorder.backorderId(), BackorderTerms.etaFromLeadTime(
                    OptionalInt.of(event.leadTimeDays()), backorder.orderPlacedAt()), BackorderTerms.LEAD_TIME_BASIS));
        }
    }

    @EventHandler
    void on(BackorderAllocatedEvent event) {
        try {
            commands.sendAndWait(new RecordLineReservationCommand(event.orderId(), event.lineId(),
                    event.reservationId(), event.quantity().amount(), event.backorderId()));
        } catch (DomainException lineCancelled) {
            tryTo(new ReleaseReservationCommand(event.stockItemId(), event.reservationId(), null));
        }
    }

    /** The backorder goes first, so that the stock given back is not allocated to it again. */
    @EventHandler
    void on(OrderLineCancelledEvent event) {
        if (event.backorderId() != null) {
            tryTo(new CancelBackorderCommand(event.backorderId(), event.reason(), null));
        }
        event.reservationIds().forEach(reservationId ->
                tryTo(new ReleaseReservationCommand(event.stockItemId(), reservationId, null)));
    }

    @EventHandler
    void on(BackorderCancelledEvent event) {
        tryTo(new CancelLineShortfallCommand(event.orderId(), event.lineId(), event.backorderId(),
                event.remaining().amount(), event.reason()));
    }

    /** Refusals here mean the work is already done (released, cancelled, closed): nothing to repeat. */
    private void tryTo(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (DomainException alreadyDone) {
            // nothing to do
        }
    }
}
