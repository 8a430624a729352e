package com.opsledger.command.purchaseorder;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLine;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineAddedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineRaisedEvent;
import com.opsledger.kernel.purchaseorder.RaiseReplenishmentLineCommand;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A shortfall gathered into a replenishment draft: a new line for a product the draft lacks, or the product's line
 * raised to the quantity wanted, never lowered. Priced in the draft's currency only.
 */
final class ReplenishmentLine {

    private ReplenishmentLine() {
    }

    /** The event that gathers the shortfall in, or none when the draft already orders enough. */
    static Optional<Object> gathered(String purchaseOrderId, OrderLines lines, String currency, LocalDate expectedDate,
                                     RaiseReplenishmentLineCommand command, ReferenceRegistry registry) {
        if (!currency.equals(Money.requireCurrency("currency", command.currency()))) {
            throw new BusinessRuleViolationException("currency-mismatch", "the draft is in " + currency
                    + ", the price in " + command.currency());
        }
        String unit = registry.productUnit(command.productId())
                .orElseThrow(() -> new NotFoundException("product", command.productId()));
        Quantity wanted = OrderLines.positive("quantity", command.quantity(), unit);
        var existing = lines.ofProduct(command.productId());
        if (existing.isPresent()) {
            OrderLines.Line line = existing.get();
            if (!wanted.isGreaterThan(line.quantity)) {
                return Optional.empty();
            }
            return Optional.of(new PurchaseOrderLineRaisedEvent(purchaseOrderId, line.lineId, line.productId, wanted,
                    lines.totals(Map.of(line.lineId, wanted), null), command.reason()));
        }
        OrderLines.requireRoom(lines.size() + 1);
        PurchaseOrderLine line = new PurchaseOrderLine(Integer.toString(lines.size() + 1), command.productId(), wanted,
                OrderLines.price("unitPrice", command.unitPrice(), currency), expectedDate);
        return Optional.of(new PurchaseOrderLineAddedEvent(purchaseOrderId, line, lines.totals(Map.of(), line),
                command.reason()));
    }
}
