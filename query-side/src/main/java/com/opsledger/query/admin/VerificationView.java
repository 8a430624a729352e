package com.opsledger.query.admin;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A projection rebuilt aside from the event store and compared with the live read model. */
public record VerificationView(
        String name,
        String store,
        @Schema(description = "the event position both were compared at") long position,
        @Schema(description = "how many events the rebuild read") long events,
        @Schema(description = "true when the live read model is exactly what the events give") boolean matches,
        long differences,
        List<TableDifference> tables) {
}
