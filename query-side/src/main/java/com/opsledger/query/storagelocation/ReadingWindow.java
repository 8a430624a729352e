package com.opsledger.query.storagelocation;

import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.storagelocation.FindReadingBucketsQuery;
import com.opsledger.query.web.QueryParameters;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The window and bucket size of a readings chart, from the request's {@code from}, {@code to} and {@code bucket}. */
final class ReadingWindow {

    static final int MAX_BUCKETS = 2000;
    private static final Pattern BUCKET = Pattern.compile("([1-9][0-9]{0,4})([mhd])");

    private ReadingWindow() {
    }

    static FindReadingBucketsQuery of(String storageLocationId, String from, String to, String bucket) {
        Instant end = QueryParameters.instant("to", to);
        Instant start = QueryParameters.instant("from", from);
        end = end != null ? end : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        start = start != null ? start : end.minus(Duration.ofDays(1));
        if (!start.isBefore(end)) {
            throw new InvalidValueException("to", "must be after from");
        }
        Duration size = bucket(bucket);
        if (Duration.between(start, end).dividedBy(size) >= MAX_BUCKETS) {
            throw new InvalidValueException("bucket", "makes more than " + MAX_BUCKETS + " buckets from from to to");
        }
        return new FindReadingBucketsQuery(storageLocationId, start, end, size);
    }

    private static Duration bucket(String bucket) {
        if (bucket == null || bucket.isBlank()) {
            return Duration.ofHours(1);
        }
        Matcher m = BUCKET.matcher(bucket.strip());
        Duration size = null;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            size = switch (m.group(2)) {
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        if (size == null || size.compareTo(Duration.ofDays(7)) > 0) {
            throw new InvalidValueException("bucket", "must be minutes, hours or days such as 15m, 1h or 1d, "
                    + "at most 7d");
        }
        return size;
    }
}
