package com.opsledger.command.transfer;

import com.opsledger.command.lookup.UnitValues;
import com.opsledger.command.purchaseorder.StockItemLocator;
import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Reason;
import com.opsledger.kernel.transfer.DispatchedLine;
import com.opsledger.kernel.transfer.OpenTransferCommand;
import com.opsledger.kernel.transfer.RecordTransferCancellationCommand;
import com.opsledger.kernel.transfer.RecordTransferDiscrepancyCommand;
import com.opsledger.kernel.transfer.RecordTransferDispatchCommand;
import com.opsledger.kernel.transfer.RecordTransferReceiptCommand;
import com.opsledger.kernel.transfer.TransferArrival;
import com.opsledger.kernel.transfer.TransferCancelledEvent;
import com.opsledger.kernel.transfer.TransferDispatchedEvent;
import com.opsledger.kernel.transfer.TransferGoodsReceivedEvent;
import com.opsledger.kernel.transfer.TransferLine;
import com.opsledger.kernel.transfer.TransferLoss;
import com.opsledger.kernel.transfer.TransferLossRecordedEvent;
import com.opsledger.kernel.transfer.TransferRequestedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.opsledger.kernel.transfer.TransferStatus.CANCELLED;
import static com.opsledger.kernel.transfer.TransferStatus.CLOSED;
import static com.opsledger.kernel.transfer.TransferStatus.IN_TRANSIT;
import static com.opsledger.kernel.transfer.TransferStatus.PARTIALLY_RECEIVED;
import static com.opsledger.kernel.transfer.TransferStatus.RECEIVED;
import static com.opsledger.kernel.transfer.TransferStatus.REQUESTED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Goods moving from one warehouse to another: requested (reserved at the source), dispatched (issued from the source,
 * in transit in the batches they left in), received at the destination in one or more receipts, or closed with what
 * never arrived recorded as lost; cancelled only before dispatch. The stock items move alongside, in the same
 * transaction, through {@link TransferMovements}.
 */
@Aggregate
public class Transfer {

    @AggregateIdentifier
    private String transferId;
    private String fromWarehouseId;
    private String toWarehouseId;
    private String status;
    private TransferLines lines;
    private Set<String> receipts;

    protected Transfer() {
    }

    @CommandHandler
    public Transfer(OpenTransferCommand command, ReferenceRegistry registry, StockItemLocator stockItems) {
        apply(TransferRequest.requested(command, registry, stockItems));
    }

    /** The lines whose reservations a dispatch issues; refused unless the transfer waits for dispatch. */
    List<TransferLine> toDispatch() {
        requireStatus("dispatch", REQUESTED);
        return lines.requested();
    }

    String destination() {
        return toWarehouseId;
    }

    @CommandHandler
    public void handle(RecordTransferDispatchCommand command) {
        requireStatus("dispatch", REQUESTED);
        Set<String> expected = lines.requested().stream().map(TransferLine::lineId).collect(Collectors.toSet());
        Set<String> given = command.lines() == null ? Set.of()
                : command.lines().stream().map(DispatchedLine::lineId).collect(Collectors.toSet());
        if (!expected.equals(given)) {
            throw new InvalidValueException("lines", "a dispatch records every line of the transfer once");
        }
        apply(new TransferDispatchedEvent(transferId, fromWarehouseId, toWarehouseId, List.copyOf(command.lines())));
    }

    /** What a receipt would bring in, to be put on stock at the destination; refused as the receipt would be. */
    List<TransferArrival> arrivalsOf(RecordTransferReceiptCommand command) {
        requireStatus("receive goods for", IN_TRANSIT, PARTIALLY_RECEIVED);
        return receipts.contains(command.receiptId()) ? List.of() : TransferReceipt.arrivals(lines, command.lines());
    }

    /** Answers what arrived (nothing for a receipt already recorded). */
    @CommandHandler
    public List<TransferArrival> handle(RecordTransferReceiptCommand command) {
        List<TransferArrival> arrivals = arrivalsOf(command);
        if (!arrivals.isEmpty()) {
            apply(new TransferGoodsReceivedEvent(transferId, command.receiptId(), toWarehouseId, arrivals,
                    lines.allArrivedWith(arrivals) ? RECEIVED : PARTIALLY_RECEIVED));
        }
        return arrivals;
    }

    @CommandHandler
    public void handle(RecordTransferDiscrepancyCommand command, UnitValues unitValues) {
        requireStatus("record a discrepancy on", IN_TRANSIT, PARTIALLY_RECEIVED);
        List<TransferLoss> missing = lines.missing(unitValues);
        if (missing.isEmpty()) {
            throw new BusinessRuleViolationException("nothing-missing", "every line of this transfer has arrived");
        }
        apply(new TransferLossRecordedEvent(transferId, fromWarehouseId, toWarehouseId, missing,
                TransferLossRecordedEvent.REASON, Reason.optional("note", command.note())));
    }

    /** The lines whose reservations a cancellation releases; refused unless the transfer waits for dispatch. */
    List<TransferLine> toRelease() {
        requireStatus("cancel", REQUESTED);
        return lines.requested();
    }

    @CommandHandler
    public void handle(RecordTransferCancellationCommand command) {
        String reason = Reason.require("reason", command.reason());
        requireStatus("cancel", REQUESTED);
        apply(new TransferCancelledEvent(transferId, reason));
    }

    @EventSourcingHandler
    void on(TransferRequestedEvent event) {
        transferId = event.transferId();
        fromWarehouseId = event.fromWarehouseId();
        toWarehouseId = event.toWarehouseId();
        status = REQUESTED;
        lines = new TransferLines();
        lines.requested(event.lines());
        receipts = new HashSet<>();
    }

    @EventSourcingHandler
    void on(TransferDispatchedEvent event) {
        lines.dispatched(event.lines());
        status = IN_TRANSIT;
    }

    @EventSourcingHandler
    void on(TransferGoodsReceivedEvent event) {
        receipts.add(event.receiptId());
        lines.arrived(event.arrivals());
        status = event.statusAfter();
    }

    @EventSourcingHandler
    void on(TransferLossRecordedEvent event) {
        status = CLOSED;
    }

    @EventSourcingHandler
    void on(TransferCancelledEvent event) {
        status = CANCELLED;
    }

    private void requireStatus(String action, String... allowed) {
        for (String s : allowed) {
            if (s.equals(status)) {
                return;
            }
        }
        throw new BusinessRuleViolationException("transfer-status", "cannot " + action + " a transfer that is "
                + status);
    }
}
