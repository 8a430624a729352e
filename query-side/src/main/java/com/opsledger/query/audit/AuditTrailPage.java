package com.opsledger.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One page of the global trail, in position order; pass {@code nextCursor} as {@code after} for the next page. */
public record AuditTrailPage(
        List<AuditEventView> content,
        int size,
        @Schema(description = "the globalIndex to pass as after for the next page; null on the last page")
        Long nextCursor) {
}
