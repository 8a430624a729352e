package com.opsledger.query.order;

import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.order.OrderLine;
import com.opsledger.kernel.order.OrderLineView;
import com.opsledger.kernel.order.OrderView;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import static com.opsledger.query.common.Amounts.plain;

/**
 * What an order is worth: a line's value is what is still ordered of it (quantity less cancelled) at its unit price,
 * exactly, the order's total the sum of its priced lines' values rounded to the minor units of the one currency they
 * share.
 */
final class OrderValues {

    private OrderValues() {
    }

    static String currency(List<OrderLine> lines) {
        return lines.stream().map(OrderLine::unitPrice).filter(Objects::nonNull).map(Money::currency).findFirst()
                .orElse(null);
    }

    static BigDecimal value(BigDecimal ordered, BigDecimal unitPrice) {
        return unitPrice == null ? null : plain(ordered.multiply(unitPrice));
    }

    /** {@code o} with its total summed anew from its lines (null when no line is priced). */
    static OrderView totalled(OrderView o) {
        BigDecimal total = o.lines().stream().map(OrderLineView::value).filter(Objects::nonNull)
                .reduce(BigDecimal::add).map(sum -> o.currency() == null ? plain(sum) : rounded(sum, o.currency()))
                .orElse(null);
        return new OrderView(o.id(), o.customerId(), o.warehouseId(), o.status(), o.deliveryAddress(),
                o.requestedDate(), o.lines(), o.placedAt(), o.updatedAt(), o.version(), total, o.currency());
    }

    private static BigDecimal rounded(BigDecimal amount, String currency) {
        int digits = Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
        return amount.setScale(digits, java.math.RoundingMode.HALF_UP);
    }
}
