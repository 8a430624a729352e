package com.opsledger.query.web;

import com.opsledger.kernel.common.BusinessDates;
import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.InvalidValueException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Reading the optional filters of a query string, the same way on every list. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The value of an optional typed id, null when it was left out. */
    public static String value(EntityId id) {
        return id == null ? null : id.value();
    }

    /** An optional ISO instant ({@code 2026-01-31T00:00:00Z}) within {@link BusinessDates}; blank is none. */
    public static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return BusinessDates.require(field, Instant.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be an ISO instant such as 2026-01-31T00:00:00Z");
        }
    }

    /** An optional value that must be one of {@code allowed} as given; null stays null. */
    public static String oneOf(String field, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new InvalidValueException(field, "must be one of " + String.join(", ", allowed));
        }
        return value;
    }

    /**
     * An optional constant of an enum, in any case and with {@code -} for {@code _}; blank is none, another value is
     * refused with {@code expected}.
     */
    public static <E extends Enum<E>> E constant(String field, String value, Function<String, E> valueOf,
                                                 String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf.apply(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "must be one of " + expected);
        }
    }
}
