package com.opsledger.command.order;

import com.opsledger.command.lookup.OrderLookups;
import com.opsledger.command.lookup.ReplenishmentNeeds;
import com.opsledger.kernel.backorder.BackorderCreatedEvent;
import com.opsledger.kernel.purchaseorder.ProposeReplenishmentCommand;
import com.opsledger.kernel.replenishment.TransferFirstRule;
import com.opsledger.kernel.purchaseorder.ExpectedLine;
import com.opsledger.kernel.purchaseorder.PurchaseOrderCancelledEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderConfirmedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderExpectedDatesChangedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderRejectedEvent;
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

import java.math.BigDecimal;
import java.util.List;
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

    private final ReplenishmentNeeds needs;

    public OrderFollowUp(CommandGateway commands, OrderLookups lookups, ReplenishmentNeeds needs) {
        this.commands = commands;
        this.lookups = lookups;
        this.needs = needs;
    }

    /** A product's new lead time moves the ETA of its open backorders that are estimated from it. */
    @EventHandler
    void on(ProductUpdatedEvent event) {
        for (OrderLookups.LeadTimeBackorder backorder : lookups.openBackordersOnLeadTime(event.productId())) {
            tryTo(new UpdateBackorderEtaCommand(backorder.backorderId(), BackorderTerms.etaFromLeadTime(
                    OptionalInt.of(event.leadTimeDays()), backorder.orderPlacedAt()), BackorderTerms.LEAD_TIME_BASIS));
        }
    }

    /**
     * A backorder asks purchasing for the product's shortfall in its warehouse: what all its open backorders there
     * wait for, less what purchase orders and transfers already bring (so two backorders of 5 and 7 raise the draft
     * line to 12, not to 7), and less what other warehouses could transfer from their surplus (proposed only: a person
     * requests the transfer). The draft order to the product's preferred supplier gets (or raises) a line for the
     * rest, for a buyer to review and submit. Without a preferred supplier the need stays recorded on the backorder's
     * notifications only.
     */
    @EventHandler
    void on(BackorderCreatedEvent event) {
        BigDecimal shortfall = needs.shortfall(event.productId(), event.warehouseId());
        if (shortfall.signum() > 0) {
            BigDecimal purchase = TransferFirstRule.split(event.warehouseId(), shortfall,
                    needs.sources(event.productId(), event.warehouseId())).purchase();
            if (purchase.signum() > 0) {
                tryTo(new ProposeReplenishmentCommand(event.productId(), event.warehouseId(), purchase,
                        "backorder " + event.backorderId()));
            }
        }
    }

    /**
     * A confirmed purchase order that still brings a product to a warehouse becomes the ETA basis of that pair's open
     * backorders estimated from the lead time (or from this same order, whose dates may have moved).
     */
    @EventHandler
    void on(PurchaseOrderConfirmedEvent event) {
        expect(event.purchaseOrderId(), event.lines());
    }

    @EventHandler
    void on(PurchaseOrderExpectedDatesChangedEvent event) {
        expect(event.purchaseOrderId(), event.lines());
    }

    /** A cancelled purchase order no longer covers anything: its backorders go back to the lead-time estimate. */
    @EventHandler
    void on(PurchaseOrderCancelledEvent event) {
        notCovering(event.purchaseOrderId());
    }

    /** Nor does one rejected (a confirmation above what was approved, refused): the same fall-back. */
    @EventHandler
    void on(PurchaseOrderRejectedEvent event) {
        notCovering(event.purchaseOrderId());
    }

    private void notCovering(String purchaseOrderId) {
        for (OrderLookups.OpenBackorder backorder : lookups.openBackordersOnBasis(basis(purchaseOrderId))) {
            tryTo(new UpdateBackorderEtaCommand(backorder.backorderId(), BackorderTerms.etaFromLeadTime(
                    lookups.leadTimeDays(backorder.productId()), backorder.orderPlacedAt()),
                    BackorderTerms.LEAD_TIME_BASIS));
        }
    }

    private void expect(String purchaseOrderId, List<ExpectedLine> lines) {
        String basis = basis(purchaseOrderId);
        for (ExpectedLine line : lines) {
            if (line.expectedDate() == null || line.outstanding() == null
                    || line.outstanding().amount().signum() <= 0) {
                continue;
            }
            for (OrderLookups.OpenBackorder backorder : lookups.openBackorders(line.productId(), line.warehouseId())) {
                if (BackorderTerms.LEAD_TIME_BASIS.equals(backorder.etaBasis()) || basis.equals(backorder.etaBasis())) {
                    tryTo(new UpdateBackorderEtaCommand(backorder.backorderId(), line.expectedDate(), basis));
                }
            }
        }
    }

    private static String basis(String purchaseOrderId) {
        return "purchase-order:" + purchaseOrderId;
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
