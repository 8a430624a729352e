package com.opsledger.command.transfer;

import com.opsledger.command.purchaseorder.StockItemLocator;
import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.Reason;
import com.opsledger.kernel.stockitem.BatchQuantity;
import com.opsledger.kernel.stockitem.IssueReservationFromBatchCommand;
import com.opsledger.kernel.stockitem.OpenStockItemCommand;
import com.opsledger.kernel.stockitem.ReceiveStockCommand;
import com.opsledger.kernel.stockitem.ReleaseReservationCommand;
import com.opsledger.kernel.stockitem.ReserveStockCommand;
import com.opsledger.kernel.transfer.CancelTransferCommand;
import com.opsledger.kernel.transfer.DispatchTransferCommand;
import com.opsledger.kernel.transfer.DispatchedLine;
import com.opsledger.kernel.transfer.OpenTransferCommand;
import com.opsledger.kernel.transfer.ReceiveTransferCommand;
import com.opsledger.kernel.transfer.RecordTransferCancellationCommand;
import com.opsledger.kernel.transfer.RecordTransferDispatchCommand;
import com.opsledger.kernel.transfer.RecordTransferReceiptCommand;
import com.opsledger.kernel.transfer.RequestTransferCommand;
import com.opsledger.kernel.transfer.TransferArrival;
import com.opsledger.kernel.transfer.TransferLine;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves the stock a transfer's steps move, in the unit of work (and transaction) of the step itself: a transfer is
 * requested with every line reserved at the source or not at all (a line short of stock refuses the whole request,
 * naming the line); a dispatch issues every reservation, first expiry first out unless the line names a batch; a
 * receipt puts what arrived on the destination's stock items (opened where the product was never stocked there), in
 * the batches and with the expiry dates it left in, where it is an arrival like any other for the backorders waiting
 * there; a cancellation releases the reservations.
 */
@Component
public class TransferMovements {

    private final CommandGateway commands;
    private final Repository<Transfer> transfers;
    private final StockItemLocator stockItems;
    private final ReferenceRegistry registry;

    public TransferMovements(CommandGateway commands, Repository<Transfer> transfers, StockItemLocator stockItems,
                             ReferenceRegistry registry) {
        this.commands = commands;
        this.transfers = transfers;
        this.stockItems = stockItems;
        this.registry = registry;
    }

    @CommandHandler
    public String handle(RequestTransferCommand command) {
        OpenTransferCommand open = new OpenTransferCommand(command.transferId(), command.number(),
                command.fromWarehouseId(), command.toWarehouseId(), command.lines(), command.reason(),
                command.expectedDate());
        List<TransferLine> lines = TransferRequest.requested(open, registry, stockItems).lines();
        for (int i = 0; i < lines.size(); i++) {
            TransferLine line = lines.get(i);
            try {
                commands.sendAndWait(new ReserveStockCommand(line.stockItemId(), line.reservationId(),
                        line.quantity().amount(), "transfer " + command.number(), null));
            } catch (BusinessRuleViolationException shortfall) {
                throw new BusinessRuleViolationException(shortfall.rule(), "lines[" + i + "].quantity",
                        "line " + line.lineId() + ": " + shortfall.getMessage());
            }
        }
        commands.sendAndWait(open);
        return command.transferId();
    }

    @CommandHandler
    public void handle(DispatchTransferCommand command) {
        List<TransferLine> lines = transfers.load(command.transferId()).invoke(Transfer::toDispatch);
        List<DispatchedLine> dispatched = new ArrayList<>();
        for (TransferLine line : lines) {
            List<BatchQuantity> taken;
            try {
                taken = commands.sendAndWait(new IssueReservationFromBatchCommand(line.stockItemId(),
                        line.reservationId(), line.batch()));
            } catch (BusinessRuleViolationException refused) {
                throw new BusinessRuleViolationException(refused.rule(), "line " + line.lineId() + ": "
                        + refused.getMessage());
            }
            dispatched.add(new DispatchedLine(line.lineId(), taken));
        }
        commands.sendAndWait(new RecordTransferDispatchCommand(command.transferId(), dispatched));
    }

    @CommandHandler
    public void handle(ReceiveTransferCommand command) {
        RecordTransferReceiptCommand receipt = new RecordTransferReceiptCommand(command.transferId(),
                command.receiptId(), command.lines());
        Aggregate<Transfer> transfer = transfers.load(command.transferId());
        List<TransferArrival> arrivals = transfer.invoke(t -> t.arrivalsOf(receipt));
        String toWarehouseId = transfer.invoke(Transfer::destination);
        for (TransferArrival arrival : arrivals) {
            BatchQuantity received = arrival.received();
            commands.sendAndWait(new ReceiveStockCommand(stockItemAt(arrival.productId(), toWarehouseId),
                    received.quantity().amount(), received.batch(), received.expiryDate(), null));
        }
        commands.sendAndWait(receipt);
    }

    @CommandHandler
    public void handle(CancelTransferCommand command) {
        Reason.require("reason", command.reason());
        for (TransferLine line : transfers.load(command.transferId()).invoke(Transfer::toRelease)) {
            commands.sendAndWait(new ReleaseReservationCommand(line.stockItemId(), line.reservationId(), null));
        }
        commands.sendAndWait(new RecordTransferCancellationCommand(command.transferId(), command.reason()));
    }

    /** The stock item of the product at the destination, opened here when the product was never stocked there. */
    private String stockItemAt(String productId, String warehouseId) {
        return stockItems.stockItemOf(productId, warehouseId).orElseGet(() -> {
            String id = Ids.newId();
            commands.sendAndWait(new OpenStockItemCommand(id, productId, warehouseId));
            return id;
        });
    }
}
