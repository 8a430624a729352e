package com.opsledger.query.live;

import java.time.Instant;

/** A row of the event store as the stream needs it: no payload, the owner is looked up when a held caller listens. */
record StoredChange(long globalIndex, String aggregateType, String aggregateId, String payloadType, Instant at) {

    ChangeView view() {
        String simple = payloadType.substring(payloadType.lastIndexOf('.') + 1);
        return new ChangeView(ChangeKinds.kind(aggregateType), aggregateId, simple, globalIndex, at);
    }
}
