package com.opsledger.command.purchaseorder;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.purchaseorder.ExpectedLine;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLine;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineSpec;
import com.opsledger.kernel.purchaseorder.PurchaseOrderTotals;
import com.opsledger.kernel.purchaseorder.ReceivedLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The lines of one purchase order with what each has received, and the totals they add up to in its currency. */
final class OrderLines {

    static final int MAX_LINES = 200;

    static final class Line {
        final String lineId;
        final String productId;
        Quantity quantity;
        final Money unitPrice;
        LocalDate expectedDate;
        Quantity received;
        /** The quantity last approved; null until the order is approved. */
        Quantity approved;

        Line(PurchaseOrderLine line) {
            this.lineId = line.lineId();
            this.productId = line.productId();
            this.quantity = line.quantity();
            this.unitPrice = line.unitPrice();
            this.expectedDate = line.expectedDate();
            this.received = Quantity.zero(line.quantity().unit());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Line other && lineId.equals(other.lineId) && productId.equals(other.productId)
                    && quantity.equals(other.quantity) && unitPrice.equals(other.unitPrice)
                    && Objects.equals(expectedDate, other.expectedDate) && received.equals(other.received)
                    && Objects.equals(approved, other.approved);
        }

        @Override
        public int hashCode() {
            return Objects.hash(lineId, quantity, received);
        }

        Quantity outstanding() {
            Quantity left = quantity.minus(received);
            return left.isNegative() ? Quantity.zero(left.unit()) : left;
        }
    }

    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final String currency;
    private final BigDecimal discountRate;
    private final BigDecimal taxRate;

    OrderLines(String currency, BigDecimal discountRate, BigDecimal taxRate) {
        this.currency = currency;
        this.discountRate = discountRate;
        this.taxRate = taxRate;
    }

    void add(PurchaseOrderLine line) {
        lines.put(line.lineId(), new Line(line));
    }

    void forEach(java.util.function.Consumer<Line> action) {
        lines.values().forEach(action);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    int size() {
        return lines.size();
    }

    Line require(String lineId) {
        Line line = lineId == null ? null : lines.get(lineId);
        if (line == null) {
            throw new NotFoundException("purchase order line", lineId);
        }
        return line;
    }

    Optional<Line> ofProduct(String productId) {
        return lines.values().stream().filter(l -> l.productId.equals(productId)).findFirst();
    }

    void raise(String lineId, Quantity quantity) {
        require(lineId).quantity = quantity;
    }

    /** The quantities and dates the supplier confirmed. */
    void expect(List<ExpectedLine> expected) {
        expected.forEach(e -> {
            Line line = require(e.lineId());
            line.quantity = e.quantity();
            line.expectedDate = e.expectedDate();
        });
    }

    /** The lines' quantities as they are now are the approved ones. */
    void approved() {
        lines.values().forEach(l -> l.approved = l.quantity);
    }

    void received(List<ReceivedLine> received) {
        received.forEach(r -> require(r.lineId()).received = r.receivedSoFar());
    }

    /** Whether every line has received its quantity once the receipts in {@code after} (line to new total) count. */
    boolean allReceivedWith(Map<String, Quantity> after) {
        return lines.values().stream().noneMatch(l -> l.quantity.isGreaterThan(after.getOrDefault(l.lineId, l.received)));
    }

    List<ExpectedLine> expected(String warehouseId) {
        List<ExpectedLine> result = new ArrayList<>();
        for (Line l : lines.values()) {
            result.add(new ExpectedLine(l.lineId, l.productId, warehouseId, l.quantity, l.outstanding(), l.expectedDate));
        }
        return result;
    }

    PurchaseOrderTotals totals() {
        return totals(Map.of(), null);
    }

    /** The totals with some lines' quantities changed and {@code extra} (when not null) added. */
    PurchaseOrderTotals totals(Map<String, Quantity> changedQuantities, PurchaseOrderLine extra) {
        Money subtotal = Money.zero(currency);
        for (Line l : lines.values()) {
            Quantity quantity = changedQuantities.getOrDefault(l.lineId, l.quantity);
            subtotal = subtotal.plus(l.unitPrice.times(quantity.amount()));
        }
        if (extra != null) {
            subtotal = subtotal.plus(extra.unitPrice().times(extra.quantity().amount()));
        }
        return PurchaseOrderTotals.of(subtotal, discountRate, taxRate);
    }

    /** A line as specified, of a product the registry knows, in the order's currency. */
    static PurchaseOrderLine newLine(String prefix, String lineId, PurchaseOrderLineSpec spec, String currency,
                                     LocalDate expectedDate, ReferenceRegistry registry) {
        if (spec == null) {
            throw new InvalidValueException(prefix.isEmpty() ? "line" : prefix.substring(0, prefix.length() - 1),
                    "is required");
        }
        String productId = Ids.requireValid(prefix + "productId", spec.productId());
        String unit = registry.productUnit(productId).orElseThrow(() -> new NotFoundException("product", productId));
        return new PurchaseOrderLine(lineId, productId, positive(prefix + "quantity", spec.quantity(), unit),
                price(prefix + "unitPrice", spec.unitPrice(), currency), expectedDate);
    }

    static BigDecimal rate(String field, BigDecimal rate) {
        if (rate == null) {
            return null;
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidValueException(field, "must be a percentage from 0 to 100");
        }
        if (rate.stripTrailingZeros().scale() > 4) {
            throw new InvalidValueException(field, "has more than 4 decimal places");
        }
        return rate.stripTrailingZeros().scale() < 0 ? rate.setScale(0) : rate.stripTrailingZeros();
    }

    static Quantity positive(String field, BigDecimal amount, String unit) {
        if (amount == null) {
            throw new InvalidValueException(field, "is required");
        }
        Quantity quantity = Quantity.of(amount, unit);
        if (!quantity.isPositive()) {
            throw new InvalidValueException(field, "must be greater than zero");
        }
        return quantity;
    }

    static Money price(String field, BigDecimal amount, String currency) {
        if (amount == null || amount.signum() < 0) {
            throw new InvalidValueException(field, "must be zero or more");
        }
        if (amount.stripTrailingZeros().scale() > Money.MAX_SCALE) {
            throw new InvalidValueException(field, "has more than " + Money.MAX_SCALE + " decimal places");
        }
        return Money.of(amount, currency);
    }

    static void requireRoom(int lines) {
        if (lines > MAX_LINES) {
            throw new BusinessRuleViolationException("purchase-order-too-long",
                    "a purchase order has at most " + MAX_LINES + " lines");
        }
    }
}
