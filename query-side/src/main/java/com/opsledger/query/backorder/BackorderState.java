package com.opsledger.query.backorder;

import com.fasterxml.jackson.annotation.JsonValue;
import com.opsledger.kernel.backorder.BackorderView;

import java.time.Instant;

/**
 * A backorder as its own events leave it: its usual view, which is all that point-in-time answers and diffs show, and
 * when its order was placed, which backorders are sorted by.
 */
record BackorderState(BackorderView view, Instant orderPlacedAt) {

    @JsonValue
    @Override
    public BackorderView view() {
        return view;
    }
}
