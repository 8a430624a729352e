package com.opsledger.kernel.stockitem;

import java.util.List;

/** A stock item's newest reservations, at most {@link #MAX_RESERVATIONS}; {@code truncated} when older ones exist. */
public record ReservationListView(String stockItemId, List<ReservationView> reservations, boolean truncated) {

    public static final int MAX_RESERVATIONS = 500;
}
