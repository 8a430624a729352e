package com.opsledger.kernel.purchaseorder;

import com.opsledger.kernel.common.Money;

import java.math.BigDecimal;

/** Sum of the lines, the discount off it, the tax on what remains, and what is owed. */
public record PurchaseOrderTotals(Money subtotal, Money discount, Money tax, Money total) {

    /** The discount and then the tax, at rates in per cent (null for none), on a sum of lines. */
    public static PurchaseOrderTotals of(Money subtotal, BigDecimal discountRate, BigDecimal taxRate) {
        Money discount = discountRate == null ? Money.zero(subtotal.currency()) : subtotal.percent(discountRate);
        Money net = subtotal.minus(discount);
        Money tax = taxRate == null ? Money.zero(subtotal.currency()) : net.percent(taxRate);
        return new PurchaseOrderTotals(subtotal.rounded(), discount, tax, net.plus(tax).rounded());
    }
}
