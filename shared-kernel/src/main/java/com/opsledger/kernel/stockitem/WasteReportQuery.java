package com.opsledger.kernel.stockitem;

import java.time.Instant;

/**
 * The stock written off in [from, to) (either open), grouped by reason, product, warehouse or disposal method; a
 * portal caller ({@code portalCaller}) has no waste of their own to see.
 */
public record WasteReportQuery(String groupBy, Instant from, Instant to, boolean portalCaller) {
}
