package com.opsledger.kernel.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates and instants a business can mean and every store can hold (PostgreSQL {@code date} and
 * {@code timestamptz}, Elasticsearch {@code date}, reports): from 1900-01-01 to 2999-12-31, instants from
 * 1900-01-01T00:00:00Z to before 3000-01-01T00:00:00Z. Anything else is refused, naming the field.
 */
public final class BusinessDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);
    public static final Instant EARLIEST_INSTANT = EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant();
    /** Exclusive. */
    public static final Instant END_INSTANT = LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private BusinessDates() {
    }

    /** The date if it is in range (or null); refused naming {@code field} otherwise. */
    public static LocalDate require(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new InvalidValueException(field, "must be between " + EARLIEST + " and " + LATEST);
        }
        return date;
    }

    /** The instant if it is in range (or null); refused naming {@code field} otherwise. */
    public static Instant require(String field, Instant instant) {
        if (instant != null && (instant.isBefore(EARLIEST_INSTANT) || !instant.isBefore(END_INSTANT))) {
            throw new InvalidValueException(field, "must be between " + EARLIEST_INSTANT + " and "
                    + END_INSTANT.minusSeconds(1));
        }
        return instant;
    }
}
