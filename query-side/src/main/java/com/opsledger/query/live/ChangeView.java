package com.opsledger.query.live;

import java.time.Instant;

/** One change a caller may see: the kind and id of the record, the event that changed it and its position. */
public record ChangeView(String type, String id, String eventType, long globalIndex, Instant at) {
}
