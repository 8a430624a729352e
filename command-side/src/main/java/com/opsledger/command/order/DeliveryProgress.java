package com.opsledger.command.order;

import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.order.LineQuantity;
import com.opsledger.kernel.order.RecordDeliveryProgressCommand;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each delivery of an order stands, as the order heard of it: every step (dispatched, delivered, returned) is
 * recorded once per delivery, in that order, whatever is redelivered.
 */
final class DeliveryProgress {

    private static final List<String> STEPS = List.of(RecordDeliveryProgressCommand.DISPATCHED,
            RecordDeliveryProgressCommand.DELIVERED, RecordDeliveryProgressCommand.RETURNED);

    private final Map<String, String> stepOf = new HashMap<>();

    /** Whether {@code step} is new for the delivery (false when it, or a later step, was recorded already). */
    boolean isNew(String deliveryId, String step) {
        if (!STEPS.contains(step)) {
            throw new InvalidValueException("step", "must be one of " + String.join(", ", STEPS));
        }
        String recorded = stepOf.get(deliveryId);
        return recorded == null || (!recorded.equals(step) && recorded.equals(RecordDeliveryProgressCommand.DISPATCHED));
    }

    void recorded(String deliveryId, String step) {
        stepOf.put(deliveryId, step);
    }

    static void requireLines(OrderLines lines, List<LineQuantity> quantities) {
        if (quantities == null || quantities.isEmpty()) {
            throw new InvalidValueException("lines", "must name at least one line");
        }
        quantities.forEach(q -> lines.get(q.lineId()));
    }
}
