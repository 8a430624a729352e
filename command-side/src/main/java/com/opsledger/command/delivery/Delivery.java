package com.opsledger.command.delivery;

import com.opsledger.command.lookup.DeliveryLookups;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.BusinessDates;
import com.opsledger.kernel.common.FreeText;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.Reason;
import com.opsledger.kernel.delivery.CancelDeliveryCommand;
import com.opsledger.kernel.delivery.CreateDeliveryCommand;
import com.opsledger.kernel.delivery.DeliveryCancelledEvent;
import com.opsledger.kernel.delivery.DeliveryCreatedEvent;
import com.opsledger.kernel.delivery.DeliveryDeliveredEvent;
import com.opsledger.kernel.delivery.DeliveryDispatchedEvent;
import com.opsledger.kernel.delivery.DeliveryFailedEvent;
import com.opsledger.kernel.delivery.DeliveryLine;
import com.opsledger.kernel.delivery.DeliveryProofCodeRejectedEvent;
import com.opsledger.kernel.delivery.DeliveryProofLockOverriddenEvent;
import com.opsledger.kernel.delivery.DeliveryReturnedEvent;
import com.opsledger.kernel.delivery.DeliveryScheduledEvent;
import com.opsledger.kernel.delivery.DeliveryUnscheduledEvent;
import com.opsledger.kernel.delivery.DispatchDeliveryCommand;
import com.opsledger.kernel.delivery.OverrideProofLockCommand;
import com.opsledger.kernel.delivery.ProofCodes;
import com.opsledger.kernel.delivery.ProofOutcome;
import com.opsledger.kernel.delivery.RecordDeliveryFailureCommand;
import com.opsledger.kernel.delivery.RecordProofOfDeliveryCommand;
import com.opsledger.kernel.delivery.ReturnDeliveryCommand;
import com.opsledger.kernel.delivery.ScheduleDeliveryCommand;
import com.opsledger.kernel.delivery.TimeSlot;
import com.opsledger.kernel.delivery.UnscheduleDeliveryCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.Locale;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The last mile of an order's reserved goods: pending until a route takes it (scheduled), out for delivery once it
 * leaves the warehouse, then delivered with a proof, or failed and (its goods) returned; cancelled only before it
 * leaves. A driver acts only on the deliveries of their own route.
 */
@Aggregate(cache = "deliveryCache")
public class Delivery {

    static final int MAX_INSTRUCTIONS = 1000;
    static final int MAX_RECEIVED_BY = 200;

    enum Status { PENDING, SCHEDULED, OUT_FOR_DELIVERY, DELIVERED, FAILED, RETURNED, CANCELLED }

    @AggregateIdentifier
    private String deliveryId;
    private String orderId;
    private String customerId;
    private String warehouseId;
    private List<DeliveryLine> lines;
    private Status status;
    private String routeId;
    private String driverId;
    private boolean codeRequired;
    private String codeHash;
    private ProofAttempts attempts;

    protected Delivery() {
    }

    @CommandHandler
    public Delivery(CreateDeliveryCommand command, DeliveryLookups lookups) {
        String orderId = Ids.requireValid("orderId", command.orderId());
        DeliveryLookups.ReadyOrder order = lookups.readyOrder(orderId)
                .orElseThrow(() -> new NotFoundException("order", orderId));
        List<DeliveryLine> lines = DeliveryPlan.lines(order, command.lines());
        apply(new DeliveryCreatedEvent(command.deliveryId(), command.number(), orderId, order.customerId(),
                order.warehouseId(), lines, timeSlot(command.timeSlot()),
                FreeText.optional("instructions", command.instructions(), MAX_INSTRUCTIONS),
                lookups.proofCodeRequired(order.customerId()), command.automatic()));
    }

    private static TimeSlot timeSlot(TimeSlot slot) {
        if (slot == null || (slot.from() == null && slot.to() == null)) {
            return null;
        }
        BusinessDates.require("timeSlot.from", slot.from());
        BusinessDates.require("timeSlot.to", slot.to());
        if (slot.from() != null && slot.to() != null && !slot.to().isAfter(slot.from())) {
            throw new InvalidValueException("timeSlot.to", "must be after timeSlot.from");
        }
        return slot;
    }

    @CommandHandler
    public void handle(ScheduleDeliveryCommand command) {
        require("scheduled", Status.PENDING, Status.SCHEDULED);
        String route = Ids.requireValid("routeId", command.routeId());
        if (command.sequence() < 1) {
            throw new InvalidValueException("sequence", "must be 1 or more");
        }
        if (status == Status.SCHEDULED && !route.equals(routeId)) {
            throw new BusinessRuleViolationException("delivery-on-route", "delivery " + deliveryId
                    + " is on route " + routeId + "; take it off that route first");
        }
        apply(new DeliveryScheduledEvent(deliveryId, route, command.sequence(),
                BusinessDates.require("plannedArrival", command.plannedArrival()), command.driverId(),
                command.vehicleId()));
    }

    @CommandHandler
    public void handle(UnscheduleDeliveryCommand command) {
        if (status == Status.PENDING) {
            return;
        }
        require("taken off its route", Status.SCHEDULED);
        if (command.routeId() != null && !command.routeId().equals(routeId)) {
            throw new BusinessRuleViolationException("delivery-on-route", "delivery " + deliveryId
                    + " is on route " + routeId + ", not " + command.routeId());
        }
        apply(new DeliveryUnscheduledEvent(deliveryId, routeId));
    }

    @CommandHandler
    public void handle(DispatchDeliveryCommand command, ProofCodes codes, PreDispatchChecks checks) {
        requireDriver(command.scopeDriverId());
        require("dispatched", Status.PENDING, Status.SCHEDULED);
        List<String> missing = checks.missing(warehouseId, lines);
        if (!missing.isEmpty()) {
            throw new BusinessRuleViolationException("pre-dispatch-check-missing", String.join("; ", missing));
        }
        String hash = codeRequired ? codes.hash(deliveryId, codes.code(deliveryId)) : null;
        apply(new DeliveryDispatchedEvent(deliveryId, orderId, customerId, lines, hash));
    }

    @CommandHandler
    public ProofOutcome handle(RecordProofOfDeliveryCommand command, ProofCodes codes) {
        requireDriver(command.scopeDriverId());
        require("delivered", Status.OUT_FOR_DELIVERY);
        String receivedBy = FreeText.required("receivedBy", command.receivedBy(), MAX_RECEIVED_BY);
        boolean verified = false;
        if (codeHash != null && !attempts.overridden()) {
            if (attempts.locked()) {
                throw new BusinessRuleViolationException("proof-locked", "code", "too many wrong codes: the proof of "
                        + "delivery " + deliveryId + " is locked until a manager overrides it");
            }
            String code = FreeText.orNull(command.code());
            if (code == null) {
                throw new InvalidValueException("code", "is required: the customer was sent a "
                        + ProofCodes.LENGTH + "-digit code");
            }
            if (!codes.hash(deliveryId, code).equals(codeHash)) {
                int failed = attempts.next();
                boolean lock = ProofAttempts.locksAt(failed);
                apply(new DeliveryProofCodeRejectedEvent(deliveryId, failed, lock));
                return new ProofOutcome(false, Math.max(0, ProofAttempts.MAX_WRONG - failed));
            }
            verified = true;
        }
        apply(new DeliveryDeliveredEvent(deliveryId, orderId, customerId, lines, receivedBy, verified,
                command.signature(), command.photo()));
        return ProofOutcome.delivered();
    }

    @CommandHandler
    public void handle(OverrideProofLockCommand command) {
        require("overridden", Status.OUT_FOR_DELIVERY);
        if (!attempts.locked()) {
            throw new BusinessRuleViolationException("proof-not-locked", "the proof of delivery " + deliveryId
                    + " is not locked");
        }
        apply(new DeliveryProofLockOverriddenEvent(deliveryId, Reason.require("reason", command.reason())));
    }

    @CommandHandler
    public void handle(RecordDeliveryFailureCommand command) {
        requireDriver(command.scopeDriverId());
        require("failed", Status.OUT_FOR_DELIVERY);
        apply(new DeliveryFailedEvent(deliveryId, FailureReasons.require("reason", command.reason()),
                Reason.optional("note", command.note())));
    }

    @CommandHandler
    public void handle(ReturnDeliveryCommand command) {
        require("returned", Status.FAILED);
        String disposition = command.disposition() == null ? "restock"
                : command.disposition().strip().toLowerCase(Locale.ROOT);
        if (!disposition.equals("restock") && !disposition.equals("write-off")) {
            throw new InvalidValueException("disposition", "must be restock or write-off");
        }
        String reason = disposition.equals("write-off") ? Reason.require("reason", command.reason())
                : Reason.optional("reason", command.reason());
        apply(new DeliveryReturnedEvent(deliveryId, orderId, lines, disposition, reason));
    }

    @CommandHandler
    public void handle(CancelDeliveryCommand command) {
        require("cancelled", Status.PENDING, Status.SCHEDULED);
        apply(new DeliveryCancelledEvent(deliveryId, orderId, lines, Reason.optional("reason", command.reason())));
    }

    private void require(String step, Status... allowed) {
        for (Status s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new BusinessRuleViolationException("delivery-" + code(status), "delivery " + deliveryId + " is "
                + code(status) + " and cannot be " + step);
    }

    /** A driver acts only on the deliveries of their own route; to anyone else's they answer as unknown. */
    private void requireDriver(String scopeDriverId) {
        if (scopeDriverId != null && !scopeDriverId.equals(driverId)) {
            throw new NotFoundException("delivery", deliveryId);
        }
    }

    static String code(Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @EventSourcingHandler
    void on(DeliveryCreatedEvent event) {
        deliveryId = event.deliveryId();
        orderId = event.orderId();
        customerId = event.customerId();
        warehouseId = event.warehouseId();
        lines = event.lines();
        codeRequired = event.proofCodeRequired();
        status = Status.PENDING;
        attempts = new ProofAttempts();
    }

    @EventSourcingHandler
    void on(DeliveryScheduledEvent event) {
        status = Status.SCHEDULED;
        routeId = event.routeId();
        driverId = event.driverId();
    }

    @EventSourcingHandler
    void on(DeliveryUnscheduledEvent event) {
        status = Status.PENDING;
        routeId = null;
        driverId = null;
    }

    @EventSourcingHandler
    void on(DeliveryDispatchedEvent event) {
        status = Status.OUT_FOR_DELIVERY;
        codeHash = event.proofCodeHash();
    }

    @EventSourcingHandler
    void on(DeliveryProofCodeRejectedEvent event) {
        attempts.rejected(event.failedAttempts(), event.locked());
    }

    @EventSourcingHandler
    void on(DeliveryProofLockOverriddenEvent event) {
        attempts.override();
    }

    @EventSourcingHandler
    void on(DeliveryDeliveredEvent event) {
        status = Status.DELIVERED;
    }

    @EventSourcingHandler
    void on(DeliveryFailedEvent event) {
        status = Status.FAILED;
    }

    @EventSourcingHandler
    void on(DeliveryReturnedEvent event) {
        status = Status.RETURNED;
    }

    @EventSourcingHandler
    void on(DeliveryCancelledEvent event) {
        status = Status.CANCELLED;
    }
}
