package com.opsledger.query.admin;

import io.swagger.v3.oas.annotations.media.Schema;

/** One projection: where it writes, how far it has read, and whether it is live. */
public record ProjectionView(
        String name,
        @Schema(description = "postgres or elasticsearch, from the name's suffix") String store,
        @Schema(description = "the event processor it runs in, shared with the other projections of its store")
        String processor,
        @Schema(description = "the last event position it has handled; null while it holds no segment") Long position,
        @Schema(description = "the newest event position in the event store") long head,
        @Schema(description = "how many positions it still has to read") Long behindEvents,
        @Schema(description = "how much older its last event is than the newest stored event, in seconds")
        Long behindSeconds,
        @Schema(description = "live, replaying, failed or stopped") String state,
        @Schema(description = "while replaying: how much of the events stored before the replay began it has read")
        Double percentDone,
        @Schema(description = "while replaying: the estimated seconds left, at the rate so far (known for replays "
                + "started in this process)")
        Long etaSeconds,
        @Schema(description = "when failed: the error") String error,
        @Schema(description = "how many events it could not apply and set aside (parked) while the rest went on; "
                + "listed, retried and dropped under /api/v1/admin/projections/{name}/parked") long parked) {

    ProjectionView(String name, String store, String processor, Long position, long head, Long behindEvents,
                   Long behindSeconds, String state, Double percentDone, Long etaSeconds, String error) {
        this(name, store, processor, position, head, behindEvents, behindSeconds, state, percentDone, etaSeconds,
                error, 0);
    }

    ProjectionView withParked(long count) {
        return new ProjectionView(name, store, processor, position, head, behindEvents, behindSeconds, state,
                percentDone, etaSeconds, error, count);
    }
}
