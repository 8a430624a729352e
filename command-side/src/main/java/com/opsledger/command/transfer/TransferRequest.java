package com.opsledger.command.transfer;

import com.opsledger.command.purchaseorder.StockItemLocator;
import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.kernel.common.BusinessDates;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.FreeText;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.common.Reason;
import com.opsledger.kernel.transfer.OpenTransferCommand;
import com.opsledger.kernel.transfer.TransferLine;
import com.opsledger.kernel.transfer.TransferLineSpec;
import com.opsledger.kernel.transfer.TransferRequestedEvent;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a transfer must be when it is requested: between two different warehouses that exist, of at most
 * {@link #MAX_LINES} lines, each a positive quantity (in the product's unit) of a product stocked at the source.
 * Line ids are "1", "2", ... in the order given; each line's reservation at the source has an id of its own, derived
 * from the transfer and the line so that it names one reservation for good.
 */
final class TransferRequest {

    static final int MAX_LINES = 200;
    static final int MAX_BATCH = 64;

    private TransferRequest() {
    }

    static TransferRequestedEvent requested(OpenTransferCommand command, ReferenceRegistry registry,
                                            StockItemLocator stockItems) {
        String from = Ids.requireValid("fromWarehouseId", command.fromWarehouseId());
        String to = Ids.requireValid("toWarehouseId", command.toWarehouseId());
        if (from.equals(to)) {
            throw new InvalidValueException("toWarehouseId", "must differ from fromWarehouseId");
        }
        if (!registry.warehouseExists(from)) {
            throw new NotFoundException("warehouse", from);
        }
        if (!registry.warehouseExists(to)) {
            throw new NotFoundException("warehouse", to);
        }
        List<TransferLineSpec> specs = command.lines() == null ? List.of() : command.lines();
        if (specs.isEmpty()) {
            throw new InvalidValueException("lines", "must hold at least one line");
        }
        if (specs.size() > MAX_LINES) {
            throw new InvalidValueException("lines", "must hold at most " + MAX_LINES + " lines");
        }
        List<TransferLine> lines = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            lines.add(line(command.transferId(), i, specs.get(i), from, registry, stockItems));
        }
        return new TransferRequestedEvent(command.transferId(), command.number(), from, to, List.copyOf(lines),
                Reason.optional("reason", command.reason()), BusinessDates.require("expectedDate",
                command.expectedDate()));
    }

    private static TransferLine line(String transferId, int index, TransferLineSpec spec, String from,
                                     ReferenceRegistry registry, StockItemLocator stockItems) {
        String field = "lines[" + index + "]";
        if (spec == null) {
            throw new InvalidValueException(field, "is required");
        }
        String productId = Ids.requireValid(field + ".productId", spec.productId());
        String unit = registry.productUnit(productId).orElseThrow(() -> new NotFoundException("product", productId));
        Quantity quantity = positive(field + ".quantity", spec.quantity(), unit);
        String batch = FreeText.optional(field + ".batch", spec.batch(), MAX_BATCH);
        String stockItemId = stockItems.stockItemOf(productId, from).orElseThrow(() ->
                new BusinessRuleViolationException("insufficient-stock", field + ".productId", "line "
                        + (index + 1) + ": product " + productId + " has no stock at the source warehouse"));
        String lineId = Integer.toString(index + 1);
        return new TransferLine(lineId, productId, stockItemId, reservationId(transferId, lineId), quantity, batch);
    }

    static Quantity positive(String field, BigDecimal amount, String unit) {
        if (amount == null) {
            throw new InvalidValueException(field, "is required");
        }
        Quantity quantity = Quantity.of(Quantity.requireInRange(field, amount), unit);
        if (!quantity.isPositive()) {
            throw new InvalidValueException(field, "must be greater than zero");
        }
        return quantity;
    }

    static String reservationId(String transferId, String lineId) {
        return UUID.nameUUIDFromBytes(("transfer/" + transferId + "/" + lineId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
