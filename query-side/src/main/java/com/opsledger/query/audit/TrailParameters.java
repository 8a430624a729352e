package com.opsledger.query.audit;

import com.opsledger.kernel.common.BusinessDates;
import com.opsledger.kernel.common.InvalidValueException;
import io.swagger.v3.oas.annotations.Parameter;

import java.time.Instant;
import java.util.regex.Pattern;

/** The trail's filters, the same for the page and both exports; every one optional. */
public record TrailParameters(Instant from, Instant to, String user, String aggregateType, String eventType,
                              String correlationId,
                              @Parameter(description = "the globalIndex of the last event already seen")
                              Long after) {

    private static final Pattern SAFE_TEXT = Pattern.compile("[A-Za-z0-9._:@$-]{1,255}");

    /** The filter these parameters ask for, still to be validated by the reader (the aggregate type). */
    AuditFilter filter() {
        if (after != null && after < 0) {
            throw new InvalidValueException("after", "must be 0 or more");
        }
        BusinessDates.require("from", from);
        BusinessDates.require("to", to);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidValueException("to", "must be after from");
        }
        return new AuditFilter(from, to, blankToNull(user), blankToNull(aggregateType),
                eventType == null || eventType.isBlank() ? null : safe("eventType", eventType),
                correlationId == null || correlationId.isBlank() ? null : safe("correlationId", correlationId),
                after == null ? 0 : after);
    }

    static String safe(String field, String value) {
        if (!SAFE_TEXT.matcher(value).matches()) {
            throw new InvalidValueException(field, "must be 1 to 255 letters, digits or . _ : @ $ -");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
