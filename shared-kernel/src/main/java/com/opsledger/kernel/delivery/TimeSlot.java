package com.opsledger.kernel.delivery;

import java.time.Instant;

/** When the customer expects the goods: from and to, both inclusive. */
public record TimeSlot(Instant from, Instant to) {

    /** Whether {@code at} falls inside the slot (always, when there is no slot). */
    public boolean contains(Instant at) {
        return at != null && (from == null || !at.isBefore(from)) && (to == null || !at.isAfter(to));
    }
}
