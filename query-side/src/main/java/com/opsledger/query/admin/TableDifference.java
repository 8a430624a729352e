package com.opsledger.query.admin;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** How one table (or index) of a live read model differs from its rebuild. */
public record TableDifference(
        @Schema(description = "the table, or the Elasticsearch index") String table,
        long liveRows,
        long rebuiltRows,
        @Schema(description = "rows (or documents) of the live model that the rebuild does not have as they are")
        long onlyLive,
        @Schema(description = "rows (or documents) of the rebuild that the live model does not have as they are")
        long onlyRebuilt,
        @Schema(description = "a few of those rows, as JSON, live first") List<String> examples) {

    public long differences() {
        return onlyLive + onlyRebuilt;
    }
}
