package com.opsledger.command.order;

import com.opsledger.command.backorder.BackorderTerms;
import com.opsledger.command.lookup.OrderLookups;
import com.opsledger.command.supplier.SupplierDirectory;
import com.opsledger.kernel.backorder.BackorderClosedEvent;
import com.opsledger.kernel.backorder.BackorderCreatedEvent;
import com.opsledger.kernel.backorder.CreateBackorderCommand;
import com.opsledger.kernel.backorder.MarkBackorderSlaAtRiskCommand;
import com.opsledger.kernel.backorder.MarkBackorderSlaBreachedCommand;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.DomainException;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.order.OrderCancelledEvent;
import com.opsledger.kernel.order.OrderFulfilledEvent;
import com.opsledger.kernel.order.OrderLine;
import com.opsledger.kernel.order.OrderPlacedEvent;
import com.opsledger.kernel.order.RecordLineBackorderCommand;
import com.opsledger.kernel.order.RecordLineReservationCommand;
import com.opsledger.kernel.stockitem.ReleaseReservationCommand;
import com.opsledger.kernel.stockitem.ReserveStockCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Serves a placed order: reserves each line's stock on its stock item as far as it is available, and turns the
 * shortfall into a backorder with its priority, SLA due date and ETA. While backorders are open it keeps their SLA
 * deadlines (at risk, then breached), durable in the deadline store; it ends when the order is fulfilled or
 * cancelled.
 */
@Saga
@ProcessingGroup(OrderProcessManager.NAME)
public class OrderProcessManager {

    public static final String NAME = "order-process";
    public static final String SLA_AT_RISK = "backorder-sla-at-risk";
    public static final String SLA_BREACHED = "backorder-sla-breached";
    static final int RESERVATION_ATTEMPTS = 3;
    private static final String ORDER = "orderId";

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient OrderLookups lookups;
    @Autowired
    private transient BackorderTerms terms;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient SupplierDirectory suppliers;

    private String orderId;
    private Map<String, List<String>> deadlineIds = new HashMap<>();

    @StartSaga
    @SagaEventHandler(associationProperty = ORDER)
    void on(OrderPlacedEvent event, @Timestamp Instant placedAt) {
        orderId = event.orderId();
        for (OrderLine line : event.lines()) {
            try {
                serve(event, line, placedAt);
            } catch (DomainException lineCancelledMeanwhile) {
                // the customer cancelled the line while it was being served: what it reserved is given back
            }
        }
    }

    private void serve(OrderPlacedEvent event, OrderLine line, Instant placedAt) {
        Quantity reserved = reserveAvailable(line);
        Quantity shortfall = line.quantity().minus(reserved);
        if (!shortfall.isPositive()) {
            return;
        }
        String backorderId = Ids.newId();
        commands.sendAndWait(new RecordLineBackorderCommand(orderId, line.lineId(), backorderId, shortfall.amount()));
        OptionalInt leadTime = lookups.leadTimeDays(line.productId());
        commands.sendAndWait(new CreateBackorderCommand(backorderId, orderId, line.lineId(), event.customerId(),
                line.productId(), event.warehouseId(), line.stockItemId(), shortfall.amount(), shortfall.unit(),
                terms.priority(event.customerTier()), terms.slaDueDate(event.customerTier(), placedAt),
                BackorderTerms.etaFromLeadTime(leadTime, placedAt),
                leadTime.isPresent() ? BackorderTerms.LEAD_TIME_BASIS : BackorderTerms.UNKNOWN_BASIS, placedAt,
                line.unitPrice(), suppliers.preferredSupplier(line.productId()).orElse(null)));
    }

    /** Reserves as much of the line as is available; a reservation refused because stock just moved is retried. */
    private Quantity reserveAvailable(OrderLine line) {
        for (int attempt = 0; attempt < RESERVATION_ATTEMPTS; attempt++) {
            Quantity available = Quantity.of(lookups.available(line.stockItemId()), line.quantity().unit());
            Quantity wanted = line.quantity().min(available);
            if (!wanted.isPositive()) {
                break;
            }
            String reservationId = Ids.newId();
            try {
                commands.sendAndWait(new ReserveStockCommand(line.stockItemId(), reservationId, wanted.amount(),
                        "order " + orderId, null));
            } catch (BusinessRuleViolationException stockMoved) {
                continue;
            }
            try {
                commands.sendAndWait(new RecordLineReservationCommand(orderId, line.lineId(), reservationId,
                        wanted.amount(), null));
            } catch (DomainException lineCancelled) {
                commands.sendAndWait(new ReleaseReservationCommand(line.stockItemId(), reservationId, null));
                throw lineCancelled;
            }
            return wanted;
        }
        return Quantity.zero(line.quantity().unit());
    }

    @SagaEventHandler(associationProperty = ORDER)
    void on(BackorderCreatedEvent event, @Timestamp Instant createdAt) {
        if (event.slaDueDate() == null) {
            return;
        }
        String atRisk = deadlines.schedule(terms.atRiskAt(event.slaDueDate(), createdAt), SLA_AT_RISK,
                event.backorderId());
        String breached = deadlines.schedule(event.slaDueDate(), SLA_BREACHED, event.backorderId());
        deadlineIds.put(event.backorderId(), List.of(atRisk, breached));
    }

    @DeadlineHandler(deadlineName = SLA_AT_RISK)
    void slaAtRisk(String backorderId) {
        tell(new MarkBackorderSlaAtRiskCommand(backorderId));
    }

    @DeadlineHandler(deadlineName = SLA_BREACHED)
    void slaBreached(String backorderId) {
        deadlineIds.remove(backorderId);
        tell(new MarkBackorderSlaBreachedCommand(backorderId));
    }

    @SagaEventHandler(associationProperty = ORDER)
    void on(BackorderClosedEvent event) {
        cancelDeadlines(event.backorderId());
    }

    @SagaEventHandler(associationProperty = ORDER)
    void on(OrderFulfilledEvent event) {
        end();
    }

    @SagaEventHandler(associationProperty = ORDER)
    void on(OrderCancelledEvent event) {
        end();
    }

    private void end() {
        List.copyOf(deadlineIds.keySet()).forEach(this::cancelDeadlines);
        SagaLifecycle.end();
    }

    private void cancelDeadlines(String backorderId) {
        List<String> ids = deadlineIds.remove(backorderId);
        if (ids != null) {
            deadlines.cancelSchedule(SLA_AT_RISK, ids.get(0));
            deadlines.cancelSchedule(SLA_BREACHED, ids.get(1));
        }
    }

    private void tell(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (DomainException closedMeanwhile) {
            // the backorder is gone or closed: nothing left to mark
        }
    }
}
