package com.opsledger.query.audit;

import com.opsledger.kernel.common.BusinessDates;
import com.opsledger.kernel.common.InvalidValueException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Instants from query parameters, refused with the parameter's name when malformed or out of range. */
final class Instants {

    private Instants() {
    }

    static Instant parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        try {
            return BusinessDates.require(field, OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be an ISO instant such as 2026-01-31T12:00:00Z");
        }
    }

    static Instant parseOrNull(String field, String text) {
        return text == null || text.isBlank() ? null : parse(field, text);
    }
}
