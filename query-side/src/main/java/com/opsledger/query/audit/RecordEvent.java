package com.opsledger.query.audit;

import java.time.Instant;

/** One event of a record as a {@link RecordTimeline} folds it: the payload (upcast), its number and its time. */
public record RecordEvent(Object payload, long sequenceNumber, Instant timestamp) {
}
