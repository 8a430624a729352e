package com.opsledger.command.qualitycheck;

import com.opsledger.command.invoice.PurchaseOrderFacts;
import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.FreeText;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.qualitycheck.OpenQualityCheckCommand;
import com.opsledger.kernel.qualitycheck.QualityCheckOpenedEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckTerms;

import java.util.regex.Pattern;

/**
 * What opening a check needs: a known check type, product and warehouse; an amount, when given, in the product's
 * unit and above zero; a purchase order, when named, that exists and orders the product (its supplier is the
 * supplier of the goods checked).
 */
final class QualityCheckOpening {

    static final int MAX_BATCH = 100;
    static final int MAX_NOTE = 1000;
    private static final Pattern NUMBER = Pattern.compile("QC-\\d{6,}");

    private QualityCheckOpening() {
    }

    static QualityCheckOpenedEvent opened(OpenQualityCheckCommand command, String openedBy,
                                          ReferenceRegistry registry, PurchaseOrderFacts orders) {
        if (command.number() == null || !NUMBER.matcher(command.number()).matches()) {
            throw new InvalidValueException("number", "must be QC- followed by at least six digits");
        }
        if (command.checkType() == null || !QualityCheckTerms.CHECK_TYPES.contains(command.checkType())) {
            throw new InvalidValueException("checkType", "must be one of " + QualityCheckTerms.CHECK_TYPES);
        }
        String productId = Ids.requireValid("productId", command.productId());
        String warehouseId = Ids.requireValid("warehouseId", command.warehouseId());
        String unit = registry.productUnit(productId).orElseThrow(() -> new NotFoundException("product", productId));
        if (!registry.warehouseExists(warehouseId)) {
            throw new NotFoundException("warehouse", warehouseId);
        }
        Quantity quantity = null;
        if (command.quantity() != null) {
            quantity = Quantity.of(Quantity.requireInRange("quantity", command.quantity()), unit);
            if (!quantity.isPositive()) {
                throw new InvalidValueException("quantity", "must be greater than zero");
            }
        }
        String supplierId = null;
        String purchaseOrderId = command.purchaseOrderId() == null ? null
                : Ids.requireValid("purchaseOrderId", command.purchaseOrderId());
        if (purchaseOrderId != null) {
            PurchaseOrderFacts.Order order = orders.of(purchaseOrderId).orElseThrow(() ->
                    new BusinessRuleViolationException("quality-check-order-unknown", "purchaseOrderId",
                            "purchase order " + purchaseOrderId + " does not exist"));
            if (order.lines().values().stream().noneMatch(line -> line.productId().equals(productId))) {
                throw new BusinessRuleViolationException("quality-check-product-not-ordered", "productId",
                        "purchase order " + purchaseOrderId + " has no line of product " + productId);
            }
            supplierId = order.supplierId();
        }
        return new QualityCheckOpenedEvent(command.qualityCheckId(), command.number(), command.checkType(), productId,
                warehouseId, FreeText.optional("batch", command.batch(), MAX_BATCH), quantity, supplierId,
                purchaseOrderId,
                command.receiptId() == null ? null : Ids.requireValid("receiptId", command.receiptId()),
                command.stockItemId() == null ? null : Ids.requireValid("stockItemId", command.stockItemId()),
                FreeText.optional("note", command.note(), MAX_NOTE), openedBy);
    }
}
