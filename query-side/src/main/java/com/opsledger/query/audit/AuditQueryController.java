package com.opsledger.query.audit;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.AggregateId;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.PageSpec;
import com.opsledger.query.common.Pages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * The audit trail over HTTP. It reads the event store and the audit read model directly rather than through the
 * query bus, because exports ({@link AuditExportController}) stream rows from a database cursor to the response as
 * they are read.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
public record AuditQueryController(AuditEventReader reader, PointInTime pointInTime) {

    /** The most events of one record answered at once. */
    static final int MAX_HISTORY = 1000;


    @RequiresPermission("audit:read")
    @GetMapping("/events")
    @Operation(summary = "The global audit trail in event store order, filtered by time (from inclusive, to "
            + "exclusive), user, aggregate type, event type and correlation id; paged by position: pass the answer's "
            + "nextCursor as after. Accept text/csv or application/x-ndjson to export every match, streamed")
    public AuditTrailPage trail(@ParameterObject TrailParameters trail,
                                @RequestParam(required = false) Integer size,
                                @Parameter(hidden = true) Caller caller) {
        int pageSize = size == null ? Pages.DEFAULT_SIZE : size;
        if (pageSize < 1 || pageSize > PageSpec.MAX_SIZE) {
            throw new InvalidValueException("size", "must be between 1 and " + PageSpec.MAX_SIZE);
        }
        return reader.page(reader.validated(trail.filter()), caller.scope(), pageSize);
    }

    @RequiresPermission("audit:read")
    @GetMapping("/correlations/{correlationId}")
    @Operation(summary = "Every event that carries one correlation id (the X-Correlation-Id of the requests that "
            + "caused them), across records, in the order they were stored")
    public CorrelationView correlation(@PathVariable String correlationId,
                                       @Parameter(hidden = true) Caller caller) {
        return reader.correlation(TrailParameters.safe("correlationId", correlationId), caller.scope());
    }

    @RequiresPermission("audit:read")
    @GetMapping("/{aggregateType}/{id}/events")
    @Operation(summary = "The events of one record, in order, with who caused it, from where, by which command "
            + "and request: at most size (default and most " + MAX_HISTORY + ") at a time; for the next ones pass "
            + "the last sequenceNumber seen as after")
    public List<AuditEventView> history(
            @Parameter(description = "the aggregate type (StockItem) or its resource name (stock-items)")
            @PathVariable String aggregateType,
            @PathVariable AggregateId id,
            @Parameter(description = "the sequenceNumber of the last event already seen")
            @RequestParam(required = false) Long after,
            @Parameter(description = "at most this many events, 1 to " + MAX_HISTORY)
            @RequestParam(required = false) Integer size,
            @Parameter(hidden = true) Caller caller) {
        if (after != null && after < 0) {
            throw new InvalidValueException("after", "must be 0 or more");
        }
        int count = size == null ? MAX_HISTORY : size;
        if (count < 1 || count > MAX_HISTORY) {
            throw new InvalidValueException("size", "must be between 1 and " + MAX_HISTORY);
        }
        return reader.history(aggregateType, id.value(), caller.scope(), after == null ? -1 : after, count);
    }

    @GetMapping("/{aggregateType}/{id}/diff")
    @RequiresPermission("audit:read")
    @Operation(summary = "What changed in one record between two instants, field by field, each state rebuilt from "
            + "its events; from left out means before the record existed, to left out means now")
    public DiffView diff(
            @Parameter(description = "the aggregate type (StockItem) or its resource name (stock-items)")
            @PathVariable String aggregateType,
            @PathVariable AggregateId id,
            @Parameter(description = "ISO instant") @RequestParam(required = false) String from,
            @Parameter(description = "ISO instant") @RequestParam(required = false) String to,
            @Parameter(hidden = true) Caller caller) {
        Instant start = Instants.parseOrNull("from", from);
        Instant end = to == null || to.isBlank() ? Instant.now() : Instants.parse("to", to);
        if (start != null && !start.isBefore(end)) {
            throw new InvalidValueException("to", "must be after from");
        }
        String type = AggregateTypes.canonical("aggregateType", aggregateType);
        return pointInTime.diff(type, id.value(), start, end, caller);
    }
}
