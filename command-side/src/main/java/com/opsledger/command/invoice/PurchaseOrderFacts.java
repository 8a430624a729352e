package com.opsledger.command.invoice;

import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * What an invoice is matched against: a purchase order's status and its lines as ordered and received, as the
 * purchase order's events left them up to the command that asks.
 */
public interface PurchaseOrderFacts {

    record Line(String productId, Quantity ordered, Quantity received, Money unitPrice) {
    }

    record Order(String supplierId, String currency, PurchaseOrderStatus status, BigDecimal discountRate,
                 BigDecimal taxRate, Map<String, Line> lines) {
    }

    Optional<Order> of(String purchaseOrderId);
}
