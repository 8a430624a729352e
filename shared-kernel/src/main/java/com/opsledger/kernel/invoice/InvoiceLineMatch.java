package com.opsledger.kernel.invoice;

import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.Quantity;

import java.util.List;

/**
 * One invoice line held against its purchase order line: ordered and received quantities, what earlier invoices
 * that stand already bill of it, what this one bills, ordered and invoiced prices, and what does not match
 * ({@code invoiced-above-received}, {@code invoiced-above-ordered} counting earlier invoices too,
 * {@code price-differs}); empty when all three agree.
 */
public record InvoiceLineMatch(String lineId, String productId, Quantity ordered, Quantity received,
                               Quantity invoicedBefore, Quantity invoiced, Money orderedPrice, Money invoicedPrice,
                               List<String> issues) {
}
