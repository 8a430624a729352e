package com.opsledger.command.backorder;

import com.opsledger.command.lookup.OrderLookups;
import com.opsledger.kernel.backorder.AllocateBackorderCommand;
import com.opsledger.kernel.backorder.BackorderAllocatedEvent;
import com.opsledger.kernel.backorder.BackorderClosedEvent;
import com.opsledger.kernel.backorder.BackorderCreatedEvent;
import com.opsledger.kernel.backorder.BackorderPriorityChangedEvent;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.DomainException;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.ReleaseReservationCommand;
import com.opsledger.kernel.stockitem.ReserveStockCommand;
import com.opsledger.kernel.stockitem.StockLevels;
import com.opsledger.kernel.stockitem.StockLevelsChangedEvent;
import com.opsledger.kernel.stockitem.StockReleasedFromQuarantineEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fills the open backorders of one stock item (a product in a warehouse) as its stock becomes available, in the
 * order of the {@link AllocationPolicy}. Every event of the stock item carries the levels it left; when they show
 * stock available and backorders wait, the stock is reserved on the stock item (which refuses to reserve a unit
 * twice) and then allocated to the backorder (which refuses to be over-filled). A reservation the backorder refuses
 * is released again.
 * <p>
 * The stock item's events reach this process in order, one at a time: if stock moved on after an event (the
 * reservation is refused), a later event carries the new levels and the allocation is tried again then.
 */
@Saga
@ProcessingGroup(BackorderAllocationProcess.NAME)
public class BackorderAllocationProcess {

    public static final String NAME = "backorder-allocation";
    private static final String STOCK_ITEM = "stockItemId";

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient OrderLookups lookups;

    private String stockItemId;
    private Map<String, AllocationPolicy.Claim> open = new LinkedHashMap<>();

    @StartSaga
    @SagaEventHandler(associationProperty = STOCK_ITEM)
    void on(BackorderCreatedEvent event) {
        stockItemId = event.stockItemId();
        open.put(event.backorderId(), new AllocationPolicy.Claim(event.backorderId(), event.priority(),
                event.slaDueDate(), event.orderPlacedAt(), event.quantity()));
        // stock that arrived while the backorder was being created is not announced again: look at what is there
        allocate(Quantity.of(lookups.available(stockItemId), event.quantity().unit()));
    }

    @SagaEventHandler(associationProperty = STOCK_ITEM)
    void on(BackorderAllocatedEvent event) {
        open.computeIfPresent(event.backorderId(), (id, claim) -> claim.withRemaining(event.remaining()));
    }

    @SagaEventHandler(associationProperty = STOCK_ITEM)
    void on(BackorderPriorityChangedEvent event) {
        open.computeIfPresent(event.backorderId(), (id, claim) -> claim.withPriority(event.priority()));
    }

    @SagaEventHandler(associationProperty = STOCK_ITEM)
    void on(BackorderClosedEvent event) {
        close(event.backorderId());
    }

    /** Any movement may leave stock available (a receipt, an adjustment, a released reservation): offer it. */
    @SagaEventHandler(associationProperty = STOCK_ITEM)
    void on(StockLevelsChangedEvent event) {
        allocate(event.levels());
    }

    /** Goods released from quarantine arrive for the backorders as a receipt does. */
    @SagaEventHandler(associationProperty = STOCK_ITEM)
    void on(StockReleasedFromQuarantineEvent event) {
        allocate(event.levels());
    }

    private void allocate(StockLevels levels) {
        allocate(levels.available());
    }

    private void allocate(Quantity available) {
        for (AllocationPolicy.Allotment allotment : AllocationPolicy.allot(open.values(), available)) {
            String reservationId = Ids.newId();
            try {
                commands.sendAndWait(new ReserveStockCommand(stockItemId, reservationId,
                        allotment.quantity().amount(), "backorder " + allotment.backorderId(), null));
            } catch (BusinessRuleViolationException stockMovedOn) {
                return;
            }
            try {
                commands.sendAndWait(new AllocateBackorderCommand(allotment.backorderId(), reservationId,
                        allotment.quantity().amount()));
                open.computeIfPresent(allotment.backorderId(), (id, claim) -> claim.reduced(allotment.quantity()));
            } catch (DomainException refused) {
                commands.sendAndWait(new ReleaseReservationCommand(stockItemId, reservationId, null));
                open.remove(allotment.backorderId());
            }
        }
    }

    private void close(String backorderId) {
        open.remove(backorderId);
        if (open.isEmpty()) {
            SagaLifecycle.end();
        }
    }
}
