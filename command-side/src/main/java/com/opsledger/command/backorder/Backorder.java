package com.opsledger.command.backorder;

import com.opsledger.kernel.backorder.AllocateBackorderCommand;
import com.opsledger.kernel.backorder.BackorderAllocatedEvent;
import com.opsledger.kernel.backorder.BackorderCancelledEvent;
import com.opsledger.kernel.backorder.BackorderCreatedEvent;
import com.opsledger.kernel.backorder.BackorderEtaChangedEvent;
import com.opsledger.kernel.backorder.BackorderFulfilledEvent;
import com.opsledger.kernel.backorder.BackorderPriorityChangedEvent;
import com.opsledger.kernel.backorder.BackorderSlaAtRiskEvent;
import com.opsledger.kernel.backorder.BackorderSlaBreachedEvent;
import com.opsledger.kernel.backorder.CancelBackorderCommand;
import com.opsledger.kernel.backorder.ChangeBackorderPriorityCommand;
import com.opsledger.kernel.backorder.CreateBackorderCommand;
import com.opsledger.kernel.backorder.MarkBackorderSlaAtRiskCommand;
import com.opsledger.kernel.backorder.MarkBackorderSlaBreachedCommand;
import com.opsledger.kernel.backorder.UpdateBackorderEtaCommand;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.common.Reason;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The shortfall of one order line, waiting for stock: pending, in progress (partly allocated), fulfilled or
 * cancelled. It is never allocated more than it awaits, and an allocation (a reservation) counts once.
 */
@Aggregate(cache = "backorderCache")
public class Backorder {

    public static final int MAX_PRIORITY = 1000;

    private enum Status { PENDING, IN_PROGRESS, FULFILLED, CANCELLED }

    private enum Sla { ON_TRACK, AT_RISK, BREACHED }

    @AggregateIdentifier
    private String backorderId;
    private String orderId;
    private String lineId;
    private String customerId;
    private String stockItemId;
    private Quantity quantity;
    private Quantity allocated;
    private Status status;
    private Sla sla;
    private int priority;
    private Instant slaDueDate;
    private LocalDate eta;
    private String etaBasis;
    private Set<String> reservations;

    protected Backorder() {
    }

    @CommandHandler
    public Backorder(CreateBackorderCommand command) {
        if (command.quantity() == null || command.quantity().signum() <= 0) {
            throw new InvalidValueException("quantity", "must be greater than zero");
        }
        requirePriority(command.priority());
        apply(new BackorderCreatedEvent(command.backorderId(), command.orderId(), command.lineId(),
                command.customerId(), command.productId(), command.warehouseId(), command.stockItemId(),
                Quantity.of(command.quantity(), command.unit()), command.priority(), command.slaDueDate(),
                command.eta(), command.etaBasis(), command.orderPlacedAt(), command.unitPrice(), command.supplierId()));
    }

    @CommandHandler
    public void handle(AllocateBackorderCommand command) {
        if (reservations.contains(command.reservationId())) {
            return;
        }
        requireOpen("allocated");
        if (command.quantity() == null || command.quantity().signum() <= 0) {
            throw new InvalidValueException("quantity", "must be greater than zero");
        }
        Quantity part = Quantity.of(command.quantity(), quantity.unit());
        Quantity remaining = quantity.minus(allocated);
        if (part.isGreaterThan(remaining)) {
            throw new BusinessRuleViolationException("backorder-overfill", "allocate " + part + " to backorder "
                    + backorderId + " but it awaits only " + remaining);
        }
        Quantity after = allocated.plus(part);
        apply(new BackorderAllocatedEvent(backorderId, orderId, lineId, customerId, stockItemId,
                command.reservationId(), part, after, quantity.minus(after)));
        if (after.compareTo(quantity) == 0) {
            apply(new BackorderFulfilledEvent(backorderId, orderId, lineId, customerId, stockItemId));
        }
    }

    @CommandHandler
    public void handle(ChangeBackorderPriorityCommand command) {
        if (command.priority() == null) {
            throw new InvalidValueException("priority", "is required");
        }
        requirePriority(command.priority());
        String reason = Reason.require("reason", command.reason());
        requireOpen("reprioritized");
        apply(new BackorderPriorityChangedEvent(backorderId, stockItemId, command.priority(), priority, reason));
    }

    @CommandHandler
    public void handle(CancelBackorderCommand command) {
        if (command.scopeCustomerId() != null && !command.scopeCustomerId().equals(customerId)) {
            throw new NotFoundException("backorder", backorderId);
        }
        Reason.optional("reason", command.reason());
        requireOpen("cancelled");
        apply(new BackorderCancelledEvent(backorderId, orderId, lineId, customerId, stockItemId,
                quantity.minus(allocated), command.reason()));
    }

    @CommandHandler
    public void handle(UpdateBackorderEtaCommand command) {
        if (command.eta() == null) {
            throw new InvalidValueException("eta", "is required");
        }
        if (command.etaBasis() == null || command.etaBasis().isBlank() || command.etaBasis().length() > 100) {
            throw new InvalidValueException("etaBasis", "must be 1 to 100 characters");
        }
        requireOpen("re-estimated");
        if (command.eta().equals(eta) && command.etaBasis().equals(etaBasis)) {
            return;
        }
        apply(new BackorderEtaChangedEvent(backorderId, customerId, command.eta(), command.etaBasis(), eta, etaBasis));
    }

    @CommandHandler
    public void handle(MarkBackorderSlaAtRiskCommand command) {
        if (isOpen() && sla == Sla.ON_TRACK) {
            apply(new BackorderSlaAtRiskEvent(backorderId, customerId, slaDueDate));
        }
    }

    @CommandHandler
    public void handle(MarkBackorderSlaBreachedCommand command) {
        if (isOpen() && sla != Sla.BREACHED) {
            apply(new BackorderSlaBreachedEvent(backorderId, customerId, slaDueDate));
        }
    }

    private boolean isOpen() {
        return status == Status.PENDING || status == Status.IN_PROGRESS;
    }

    private void requireOpen(String action) {
        if (!isOpen()) {
            throw new BusinessRuleViolationException("backorder-closed", "backorder " + backorderId + " is "
                    + status.name().toLowerCase(java.util.Locale.ROOT) + " and cannot be " + action);
        }
    }

    private static void requirePriority(int priority) {
        if (priority < 0 || priority > MAX_PRIORITY) {
            throw new InvalidValueException("priority", "must be between 0 and " + MAX_PRIORITY);
        }
    }

    @EventSourcingHandler
    void on(BackorderCreatedEvent event) {
        backorderId = event.backorderId();
        orderId = event.orderId();
        lineId = event.lineId();
        customerId = event.customerId();
        stockItemId = event.stockItemId();
        quantity = event.quantity();
        allocated = Quantity.zero(quantity.unit());
        status = Status.PENDING;
        sla = Sla.ON_TRACK;
        priority = event.priority();
        slaDueDate = event.slaDueDate();
        eta = event.eta();
        etaBasis = event.etaBasis();
        reservations = new HashSet<>();
    }

    @EventSourcingHandler
    void on(BackorderAllocatedEvent event) {
        reservations.add(event.reservationId());
        allocated = event.allocated();
        status = Status.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(BackorderFulfilledEvent event) {
        status = Status.FULFILLED;
    }

    @EventSourcingHandler
    void on(BackorderCancelledEvent event) {
        status = Status.CANCELLED;
    }

    @EventSourcingHandler
    void on(BackorderPriorityChangedEvent event) {
        priority = event.priority();
    }

    @EventSourcingHandler
    void on(BackorderEtaChangedEvent event) {
        eta = event.eta();
        etaBasis = event.etaBasis();
    }

    @EventSourcingHandler
    void on(BackorderSlaAtRiskEvent event) {
        sla = Sla.AT_RISK;
    }

    @EventSourcingHandler
    void on(BackorderSlaBreachedEvent event) {
        sla = Sla.BREACHED;
    }
}
