package com.opsledger.kernel.stockitem;

import java.util.List;

public record ReservationListView(String stockItemId, List<ReservationView> reservations) {
}
