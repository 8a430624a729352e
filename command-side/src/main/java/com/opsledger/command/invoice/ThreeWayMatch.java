package com.opsledger.command.invoice;

import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.invoice.InvoiceLineMatch;
import com.opsledger.kernel.invoice.InvoiceLineSpec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Holds each invoiced line against what was ordered and what was received: more invoiced (with the earlier invoices
 * that stand) than received or than ordered, or a price other than the ordered one, is a mismatch to be resolved
 * by a person, never paid silently. Goods returned to the supplier are expected to be credited: invoicing them (more
 * than received less returned) is a mismatch too.
 */
final class ThreeWayMatch {

    static final String ABOVE_RECEIVED = "invoiced-above-received";
    static final String ABOVE_ORDERED = "invoiced-above-ordered";
    static final String PRICE_DIFFERS = "price-differs";
    /** Within what was received, but beyond what was kept: goods returned to the supplier are to be credited. */
    static final String RETURNED_INVOICED = "invoiced-returned-goods";

    private ThreeWayMatch() {
    }

    static List<InvoiceLineMatch> match(String purchaseOrderId, PurchaseOrderFacts.Order order,
                                        List<InvoiceLineSpec> lines, InvoicedQuantities invoicedSoFar) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidValueException("lines", "must invoice at least one line");
        }
        List<InvoiceLineMatch> matches = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLineSpec spec = lines.get(i);
            String prefix = "lines[" + i + "].";
            PurchaseOrderFacts.Line line = spec.lineId() == null ? null : order.lines().get(spec.lineId());
            if (line == null) {
                throw new NotFoundException("purchase order line", spec.lineId());
            }
            if (!seen.add(spec.lineId())) {
                throw new InvalidValueException(prefix + "lineId", "names line " + spec.lineId() + " twice");
            }
            if (spec.quantity() == null || spec.quantity().signum() <= 0) {
                throw new InvalidValueException(prefix + "quantity", "must be greater than zero");
            }
            if (spec.unitPrice() == null || spec.unitPrice().signum() < 0
                    || spec.unitPrice().stripTrailingZeros().scale() > Money.MAX_SCALE) {
                throw new InvalidValueException(prefix + "unitPrice", "must be zero or more, with at most "
                        + Money.MAX_SCALE + " decimal places");
            }
            Quantity invoiced = Quantity.of(spec.quantity(), line.ordered().unit());
            Quantity before = Quantity.of(invoicedSoFar.invoiced(purchaseOrderId, spec.lineId()), line.ordered().unit());
            Quantity total = before.plus(invoiced);
            Money price = Money.of(spec.unitPrice(), order.currency());
            List<String> issues = new ArrayList<>();
            if (total.isGreaterThan(line.received())) {
                issues.add(ABOVE_RECEIVED);
            } else if (total.isGreaterThan(line.kept())) {
                issues.add(RETURNED_INVOICED);
            }
            if (total.isGreaterThan(line.ordered())) {
                issues.add(ABOVE_ORDERED);
            }
            if (price.amount().compareTo(line.unitPrice().amount()) != 0) {
                issues.add(PRICE_DIFFERS);
            }
            matches.add(new InvoiceLineMatch(spec.lineId(), line.productId(), line.ordered(), line.received(),
                    before, invoiced, line.unitPrice(), price, List.copyOf(issues)));
        }
        return matches;
    }
}
