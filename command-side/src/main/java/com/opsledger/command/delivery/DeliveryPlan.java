package com.opsledger.command.delivery;

import com.opsledger.command.lookup.DeliveryLookups;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.delivery.DeliveryLine;
import com.opsledger.kernel.delivery.NewDeliveryLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which reserved goods of an order a new delivery takes. A delivery carries whole reservations (they leave the
 * warehouse when it is dispatched), so a line's quantity must be what some of its reservations add up to, taken in
 * the order they were made; without lines, every line with reserved goods goes whole.
 */
final class DeliveryPlan {

    static final int MAX_LINES = 100;

    private DeliveryPlan() {
    }

    static List<DeliveryLine> lines(DeliveryLookups.ReadyOrder order, List<NewDeliveryLine> asked) {
        if (asked == null || asked.isEmpty()) {
            List<DeliveryLine> all = order.lines().stream().filter(l -> !l.reservations().isEmpty())
                    .map(l -> take(l, total(l), "lines")).toList();
            if (all.isEmpty()) {
                throw new BusinessRuleViolationException("nothing-to-deliver", "order " + order.orderId()
                        + " has no reserved goods that are not already on a delivery");
            }
            return all;
        }
        if (asked.size() > MAX_LINES) {
            throw new InvalidValueException("lines", "must hold at most " + MAX_LINES + " lines");
        }
        List<DeliveryLine> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < asked.size(); i++) {
            String field = "lines[" + i + "]";
            NewDeliveryLine line = asked.get(i);
            if (line == null) {
                throw new InvalidValueException(field, "is required");
            }
            String lineId = Ids.requireValid(field + ".lineId", line.lineId());
            if (!seen.add(lineId)) {
                throw new InvalidValueException(field + ".lineId", "appears on more than one line");
            }
            DeliveryLookups.ReadyLine ready = order.lines().stream().filter(l -> l.lineId().equals(lineId))
                    .findFirst().orElseThrow(() -> new InvalidValueException(field + ".lineId",
                            "is not a line of order " + order.orderId()));
            if (line.quantity() != null && line.quantity().signum() <= 0) {
                throw new InvalidValueException(field + ".quantity", "must be greater than zero");
            }
            if (ready.reservations().isEmpty()) {
                throw new BusinessRuleViolationException("nothing-to-deliver", field + ".lineId", "order line "
                        + lineId + " has no reserved goods that are not already on a delivery");
            }
            lines.add(take(ready, line.quantity() == null ? total(ready) : line.quantity(), field + ".quantity"));
        }
        return lines;
    }

    private static BigDecimal total(DeliveryLookups.ReadyLine line) {
        return line.reservations().stream().map(DeliveryLookups.Reservation::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static DeliveryLine take(DeliveryLookups.ReadyLine line, BigDecimal wanted, String field) {
        List<String> taken = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (DeliveryLookups.Reservation reservation : line.reservations()) {
            if (sum.compareTo(wanted) >= 0) {
                break;
            }
            taken.add(reservation.reservationId());
            sum = sum.add(reservation.quantity());
        }
        if (sum.compareTo(wanted) != 0) {
            throw new BusinessRuleViolationException("quantity-not-reserved", field, "order line " + line.lineId()
                    + " has " + total(line).stripTrailingZeros().toPlainString() + " ready in reservations of "
                    + line.reservations().stream().map(r -> r.quantity().stripTrailingZeros().toPlainString())
                    .toList() + "; a delivery takes whole reservations, so " + wanted.stripTrailingZeros()
                    .toPlainString() + " cannot go");
        }
        return new DeliveryLine(line.lineId(), line.productId(), line.stockItemId(), Quantity.of(sum, line.unit()),
                List.copyOf(taken));
    }
}
