package com.opsledger.kernel.dashboard;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One bucket starting {@code at}: backorders created in it, backorders filled in it, and what the backorders created
 * in it are still worth (their outstanding value now).
 */
public record BackorderDashboardPoint(Instant at, long created, long filled, BigDecimal outstandingValue) {
}
