package com.opsledger.kernel.stockitem;

import java.math.BigDecimal;
import java.time.Instant;

/** A reservation and where it stands: {@code status} is reserved, released or issued. */
public record ReservationView(String id, String stockItemId, BigDecimal quantity, String unit, String reference,
                              String status, Instant createdAt, Instant updatedAt) {
}
