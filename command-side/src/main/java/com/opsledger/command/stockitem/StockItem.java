package com.opsledger.command.stockitem;

import com.opsledger.command.lookup.ProductFacts;
import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.command.lookup.UnitValues;
import com.opsledger.kernel.catalog.Valuation;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.stockitem.ApproveWriteOffCommand;
import com.opsledger.kernel.stockitem.RejectWriteOffCommand;
import com.opsledger.kernel.stockitem.WriteOffRejectedEvent;
import com.opsledger.kernel.stockitem.WriteOffRequestedEvent;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.FreeText;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.common.Reason;
import com.opsledger.kernel.stockitem.AdjustStockCommand;
import com.opsledger.kernel.stockitem.BatchQuantity;
import com.opsledger.kernel.stockitem.IssueReservationCommand;
import com.opsledger.kernel.stockitem.IssueReservationFromBatchCommand;
import com.opsledger.kernel.stockitem.Lot;
import com.opsledger.kernel.stockitem.OpenStockItemCommand;
import com.opsledger.kernel.stockitem.DisposeOfQuarantinedStockCommand;
import com.opsledger.kernel.stockitem.PlaceStockItemCommand;
import com.opsledger.kernel.stockitem.QuarantinedStockDisposedEvent;
import com.opsledger.kernel.stockitem.QuarantineStockCommand;
import com.opsledger.kernel.stockitem.ReleaseStockFromQuarantineCommand;
import com.opsledger.kernel.stockitem.StockQuarantinedEvent;
import com.opsledger.kernel.stockitem.StockReleasedFromQuarantineEvent;
import com.opsledger.kernel.stockitem.ReceiveStockCommand;
import com.opsledger.kernel.stockitem.ReleaseReservationCommand;
import com.opsledger.kernel.stockitem.ReservationIssuedEvent;
import com.opsledger.kernel.stockitem.ReservationReleasedEvent;
import com.opsledger.kernel.stockitem.ReserveStockCommand;
import com.opsledger.kernel.stockitem.StockAdjustedEvent;
import com.opsledger.kernel.stockitem.StockItemOpenedEvent;
import com.opsledger.kernel.stockitem.StockItemPlacedEvent;
import com.opsledger.kernel.stockitem.StockLevels;
import com.opsledger.kernel.stockitem.StockReceivedEvent;
import com.opsledger.kernel.stockitem.StockReservedEvent;
import com.opsledger.kernel.stockitem.StockWrittenOffEvent;
import com.opsledger.kernel.stockitem.WriteOffStockCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The stock of one product in one warehouse. On-hand never goes negative, reserved never exceeds on-hand,
 * and a reservation is released or issued at most once.
 * <p>
 * Revision 2 keeps its product, warehouse and storage location: older snapshots (without them) are set aside and the
 * item is sourced from its events.
 */
@Revision("2")
@Aggregate(snapshotTriggerDefinition = "stockItemSnapshotTrigger", cache = "stockItemCache")
public class StockItem {

    @AggregateIdentifier
    private String stockItemId;
    private String unit;
    private Quantity onHand;
    private Quantity reserved;
    private Batches batches;
    private Reservations reservations;
    private String productId;
    private String warehouseId;
    private String storageLocationId;
    private PendingWriteOffs pendingWriteOffs;
    /** Null in snapshots taken before quarantine existed: see {@link #quarantine()}. */
    private Quarantine quarantine;

    protected StockItem() {
    }

    @CommandHandler
    public StockItem(OpenStockItemCommand command, ReferenceRegistry registry) {
        String unit = registry.productUnit(command.productId())
                .orElseThrow(() -> new NotFoundException("product", command.productId()));
        if (!registry.warehouseExists(command.warehouseId())) {
            throw new NotFoundException("warehouse", command.warehouseId());
        }
        registry.claim("stock-item.product-warehouse", "productId/warehouseId",
                command.productId() + "/" + command.warehouseId(), command.stockItemId());
        apply(new StockItemOpenedEvent(command.stockItemId(), command.productId(), command.warehouseId(), unit));
    }

    @CommandHandler
    public void handle(ReceiveStockCommand command, ProductFacts products) {
        Quantity quantity = positive("quantity", command.quantity());
        if (command.expiryDate() != null && command.batch() == null) {
            throw new InvalidValueException("expiryDate", "needs a batch");
        }
        Lot lot = ReceiptShelfLife.lotOf(batches, products, productId, command.batch(), command.expiryDate(),
                command.receivedOn());
        batches.requireConsistentExpiry(lot == null ? null : lot.batch(), lot == null ? null : lot.expiryDate());
        apply(new StockReceivedEvent(stockItemId, quantity, lot, after(onHand.plus(quantity), reserved)));
    }

    @CommandHandler
    public void handle(ReserveStockCommand command) {
        Quantity quantity = positive("quantity", command.quantity());
        if (command.reference() == null || command.reference().isBlank()) {
            throw new InvalidValueException("reference", "is required");
        }
        reservations.requireNew(command.reservationId(), stockItemId);
        requireAvailable("reserve", quantity);
        apply(new StockReservedEvent(stockItemId, command.reservationId(), quantity, command.reference(),
                after(onHand, reserved.plus(quantity))));
    }

    @CommandHandler
    public void handle(ReleaseReservationCommand command) {
        Reservations.Reservation reservation = reservations.open(command.reservationId(), "released");
        apply(new ReservationReleasedEvent(stockItemId, reservation.id(), reservation.quantity(),
                reservation.reference(), after(onHand, reserved.minus(reservation.quantity()))));
    }

    @CommandHandler
    public void handle(IssueReservationCommand command) {
        Reservations.Reservation reservation = reservations.open(command.reservationId(), "issued");
        List<BatchQuantity> taken = free().pick(reservation.quantity(), null);
        apply(new ReservationIssuedEvent(stockItemId, reservation.id(), reservation.quantity(), reservation.reference(),
                taken, after(onHand.minus(reservation.quantity()), reserved.minus(reservation.quantity()))));
    }

    @CommandHandler
    public List<BatchQuantity> handle(IssueReservationFromBatchCommand command) {
        Reservations.Reservation reservation = reservations.open(command.reservationId(), "issued");
        List<BatchQuantity> taken = free().pick(reservation.quantity(), command.batch());
        apply(new ReservationIssuedEvent(stockItemId, reservation.id(), reservation.quantity(), reservation.reference(),
                taken, after(onHand.minus(reservation.quantity()), reserved.minus(reservation.quantity()))));
        return taken;
    }

    @CommandHandler
    public void handle(AdjustStockCommand command) {
        Quantity quantity = quantity("quantity", command.quantity());
        if (quantity.isZero()) {
            throw new InvalidValueException("quantity", "must not be zero");
        }
        String reason = Reason.require("reason", command.reason());
        List<BatchQuantity> changed;
        if (quantity.isPositive()) {
            changed = List.of(batches.addition(command.batch(), quantity));
        } else {
            requireAvailable("adjust down by", quantity.negate());
            changed = free().pick(quantity.negate(), command.batch()).stream()
                    .map(b -> new BatchQuantity(b.batch(), b.expiryDate(), b.quantity().negate())).toList();
        }
        apply(new StockAdjustedEvent(stockItemId, quantity, reason, changed,
                after(onHand.plus(quantity), reserved)));
    }

    /** Valued by the one valuation rule; above the approval limit it waits for a manager and the stock stays. */
    @CommandHandler
    public void handle(WriteOffStockCommand command, UnitValues values, WriteOffApproval approval) {
        Quantity quantity = positive("quantity", command.quantity());
        String reason = Reason.require("reason", command.reason());
        String disposal = DisposalMethods.optional("disposalMethod", command.disposalMethod());
        requireAvailable("write off", quantity);
        List<BatchQuantity> taken = free().pick(quantity, command.batch());
        Money value = Valuation.value(quantity.amount(), values.unitValue(productId)).orElse(null);
        if (approval.needed(value)) {
            apply(new WriteOffRequestedEvent(stockItemId, pendingWriteOffs.nextId(stockItemId), quantity, reason,
                    command.batch(), disposal, value));
            return;
        }
        apply(new StockWrittenOffEvent(stockItemId, quantity, reason, taken,
                after(onHand.minus(quantity), reserved), null, disposal, value));
    }

    @CommandHandler
    public void handle(ApproveWriteOffCommand command) {
        PendingWriteOffs.Pending writeOff = pendingWriteOffs.open(command.writeOffId());
        requireAvailable("write off", writeOff.quantity());
        List<BatchQuantity> taken = free().pick(writeOff.quantity(), writeOff.batch());
        apply(new StockWrittenOffEvent(stockItemId, writeOff.quantity(), writeOff.reason(), taken,
                after(onHand.minus(writeOff.quantity()), reserved), writeOff.id(),
                writeOff.disposalMethod(), writeOff.value()));
    }

    @CommandHandler
    public void handle(RejectWriteOffCommand command) {
        pendingWriteOffs.open(command.writeOffId());
        apply(new WriteOffRejectedEvent(stockItemId, command.writeOffId(), Reason.require("reason", command.reason())));
    }

    @EventSourcingHandler
    void on(WriteOffRequestedEvent event) {
        pendingWriteOffs.requested(new PendingWriteOffs.Pending(event.writeOffId(), event.quantity(), event.reason(),
                event.batch(), event.disposalMethod(), event.value()));
    }

    @EventSourcingHandler
    void on(WriteOffRejectedEvent event) {
        pendingWriteOffs.decided(event.writeOffId());
    }

    @CommandHandler
    public void handle(PlaceStockItemCommand command, ReferenceRegistry registry) {
        String location = StoragePlacement.require(registry, warehouseId, command.storageLocationId());
        if (!java.util.Objects.equals(location, storageLocationId)) {
            apply(new StockItemPlacedEvent(stockItemId, productId, warehouseId, location));
        }
    }

    @CommandHandler
    public void handle(QuarantineStockCommand command) {
        String checkId = FreeText.required("qualityCheckId", command.qualityCheckId(), 64);
        String batch = FreeText.orNull(command.batch());
        Quantity inBatch = batches.held().stream().filter(b -> Objects.equals(b.batch(), batch))
                .map(BatchQuantity::quantity).findFirst().orElse(null);
        if (inBatch == null) {
            throw new NotFoundException("batch", batch == null ? "(without a batch)" : batch);
        }
        Quantity wanted = command.quantity() == null ? null : positive("quantity", command.quantity());
        Quantity quantity = quarantine().toHold(checkId, batch, wanted, inBatch, available());
        apply(new StockQuarantinedEvent(stockItemId, checkId, batch, quantity, FreeText.orNull(command.reason()),
                new StockLevels(onHand, reserved, quarantined().plus(quantity))));
    }

    @CommandHandler
    public void handle(ReleaseStockFromQuarantineCommand command) {
        quarantine().of(command.qualityCheckId()).ifPresent(hold -> apply(new StockReleasedFromQuarantineEvent(
                stockItemId, hold.qualityCheckId(), hold.batch(), hold.quantity(),
                new StockLevels(onHand, reserved, quarantined().minus(hold.quantity())))));
    }

    /** Rejected goods leave whole: the decision is the approval, so a write-off never waits for a manager. */
    @CommandHandler
    public void handle(DisposeOfQuarantinedStockCommand command, UnitValues values) {
        String disposition = QuarantineDisposal.require(command.disposition());
        Quarantine.Hold hold = quarantine().of(command.qualityCheckId()).orElse(null);
        if (hold == null) {
            return;
        }
        apply(new QuarantinedStockDisposedEvent(stockItemId, hold.qualityCheckId(), hold.batch(), hold.quantity(),
                disposition));
        // exactly the held part of its own batch, also when that is the stock without a batch
        List<BatchQuantity> taken = List.of(new BatchQuantity(hold.batch(), batches.held().stream()
                .filter(b -> Objects.equals(b.batch(), hold.batch())).map(BatchQuantity::expiryDate)
                .filter(Objects::nonNull).findFirst().orElse(null), hold.quantity()));
        // the hold ended with the event just applied: the levels the goods leave with no longer count them as held
        StockLevels after = after(onHand.minus(hold.quantity()), reserved);
        if (QuarantineDisposal.WRITE_OFF.equals(disposition)) {
            apply(new StockWrittenOffEvent(stockItemId, hold.quantity(), QuarantineDisposal.WRITE_OFF_REASON, taken,
                    after, null, null, Valuation.value(hold.quantity().amount(), values.unitValue(productId))
                    .orElse(null)));
        } else {
            apply(new StockAdjustedEvent(stockItemId, hold.quantity().negate(),
                    QuarantineDisposal.returnReason(command.checkNumber()),
                    taken.stream().map(b -> new BatchQuantity(b.batch(), b.expiryDate(), b.quantity().negate()))
                            .toList(), after));
        }
    }

    @EventSourcingHandler
    void on(QuarantinedStockDisposedEvent event) {
        quarantine().released(event.qualityCheckId());
    }

    @EventSourcingHandler
    void on(StockQuarantinedEvent event) {
        quarantine().held(new Quarantine.Hold(event.qualityCheckId(), event.batch(), event.quantity()));
    }

    @EventSourcingHandler
    void on(StockReleasedFromQuarantineEvent event) {
        quarantine().released(event.qualityCheckId());
    }

    private Quarantine quarantine() {
        if (quarantine == null) {
            quarantine = new Quarantine();
        }
        return quarantine;
    }

    /** The batches less what quarantine holds: all that may leave. */
    private Batches free() {
        Batches free = new Batches();
        batches.held().forEach(free::add);
        quarantine().heldBatches(batches.held()).forEach(free::add);
        return free;
    }

    private Quantity available() {
        return after(onHand, reserved).available();
    }

    private Quantity quarantined() {
        return quarantine().total(Quantity.zero(unit));
    }

    /** The levels an event leaves: its on-hand and reserved stock, with what quarantine holds. */
    private StockLevels after(Quantity onHand, Quantity reserved) {
        return new StockLevels(onHand, reserved, quarantined());
    }

    @EventSourcingHandler
    void on(StockItemPlacedEvent event) {
        storageLocationId = event.storageLocationId();
    }

    @EventSourcingHandler
    void on(StockItemOpenedEvent event) {
        stockItemId = event.stockItemId();
        unit = event.unit();
        productId = event.productId();
        warehouseId = event.warehouseId();
        onHand = Quantity.zero(unit);
        reserved = Quantity.zero(unit);
        batches = new Batches();
        reservations = new Reservations();
        pendingWriteOffs = new PendingWriteOffs();
        quarantine = new Quarantine();
    }

    @EventSourcingHandler
    void on(StockReceivedEvent event) {
        batches.add(new BatchQuantity(event.batch(), event.expiryDate(), event.quantity()));
        levels(event.levels());
    }

    @EventSourcingHandler
    void on(StockReservedEvent event) {
        reservations.opened(new Reservations.Reservation(event.reservationId(), event.quantity(), event.reference()));
        levels(event.levels());
    }

    @EventSourcingHandler
    void on(ReservationReleasedEvent event) {
        reservations.closed(event.reservationId(), "released");
        levels(event.levels());
    }

    @EventSourcingHandler
    void on(ReservationIssuedEvent event) {
        reservations.closed(event.reservationId(), "issued");
        event.batches().forEach(b -> batches.remove(b));
        levels(event.levels());
    }

    @EventSourcingHandler
    void on(StockAdjustedEvent event) {
        event.batches().forEach(b -> batches.add(b));
        levels(event.levels());
    }

    @EventSourcingHandler
    void on(StockWrittenOffEvent event) {
        if (event.writeOffId() != null) {
            pendingWriteOffs.decided(event.writeOffId());
        }
        event.batches().forEach(b -> batches.remove(b));
        levels(event.levels());
    }

    private void levels(StockLevels levels) {
        onHand = levels.onHand();
        reserved = levels.reserved();
    }

    private void requireAvailable(String action, Quantity quantity) {
        Quantity available = available();
        if (quantity.isGreaterThan(available)) {
            throw new BusinessRuleViolationException("insufficient-stock",
                    action + " " + quantity + " but only " + available + " available");
        }
    }

    private Quantity positive(String field, BigDecimal amount) {
        Quantity quantity = quantity(field, amount);
        if (!quantity.isPositive()) {
            throw new InvalidValueException(field, "must be greater than zero");
        }
        return quantity;
    }

    private Quantity quantity(String field, BigDecimal amount) {
        if (amount == null) {
            throw new InvalidValueException(field, "is required");
        }
        return Quantity.of(amount, unit);
    }

}
