package com.opsledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

/** One field that differs between two states; {@code from} or {@code to} is null when the field was absent. */
public record FieldChange(
        @Schema(description = "the field's path, e.g. onHand or batches[0].quantity") String field,
        @Schema(type = "object") JsonNode from,
        @Schema(type = "object") JsonNode to) {
}
