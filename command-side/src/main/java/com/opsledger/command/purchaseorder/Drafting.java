package com.opsledger.command.purchaseorder;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.command.supplier.SupplierDirectory;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.purchaseorder.CreatePurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.PurchaseOrderCreatedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLine;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineSpec;
import com.opsledger.kernel.supplier.SupplierStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a new purchase order must be: to an active supplier, for a warehouse that exists, in a known currency that
 * has approval thresholds, at rates between 0 and 100 per cent, with at
 * most {@link OrderLines#MAX_LINES} lines of known products.
 */
final class Drafting {

    private Drafting() {
    }

    static PurchaseOrderCreatedEvent created(CreatePurchaseOrderCommand command, ReferenceRegistry registry,
                                             SupplierDirectory suppliers, ApprovalPolicy approvals) {
        SupplierStatus supplierStatus = suppliers.status(command.supplierId())
                .orElseThrow(() -> new NotFoundException("supplier", command.supplierId()));
        if (supplierStatus != SupplierStatus.ACTIVE) {
            throw new BusinessRuleViolationException("supplier-not-active",
                    "supplier " + command.supplierId() + " is " + supplierStatus + "; only an active supplier is ordered from");
        }
        if (!registry.warehouseExists(command.warehouseId())) {
            throw new NotFoundException("warehouse", command.warehouseId());
        }
        String currency = Money.requireCurrency("currency", command.currency());
        approvals.thresholdsOf("currency", currency);
        BigDecimal tax = OrderLines.rate("taxRate", command.taxRate());
        BigDecimal discount = OrderLines.rate("discountRate", command.discountRate());
        List<PurchaseOrderLineSpec> specs = command.lines() == null ? List.of() : command.lines();
        OrderLines.requireRoom(specs.size());
        OrderLines lines = new OrderLines(currency, discount, tax);
        List<PurchaseOrderLine> newLines = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            PurchaseOrderLine line = OrderLines.newLine("lines[" + i + "].", Integer.toString(i + 1), specs.get(i),
                    currency, command.expectedDate(), registry);
            newLines.add(line);
            lines.add(line);
        }
        return new PurchaseOrderCreatedEvent(command.purchaseOrderId(), command.number(), command.supplierId(),
                command.warehouseId(), currency, newLines, command.expectedDate(), tax, discount, lines.totals(),
                command.origin());
    }
}
