package com.opsledger.command.invoice;

import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * What an invoice is matched against: a purchase order's status and its lines as ordered, received and returned,
 * as the purchase order's events left them up to the command that asks.
 */
public interface PurchaseOrderFacts {

    /** {@code returned}: what went back to the supplier after rejected quality checks, part of {@code received}. */
    record Line(String productId, Quantity ordered, Quantity received, Money unitPrice, Quantity returned) {

        /** A line nothing was returned from. */
        public Line(String productId, Quantity ordered, Quantity received, Money unitPrice) {
            this(productId, ordered, received, unitPrice, Quantity.zero(received.unit()));
        }

        /** What was received and kept: what an invoice may charge for. */
        public Quantity kept() {
            return received.minus(returned);
        }
    }

    record Order(String supplierId, String currency, PurchaseOrderStatus status, BigDecimal discountRate,
                 BigDecimal taxRate, Map<String, Line> lines) {
    }

    Optional<Order> of(String purchaseOrderId);
}
