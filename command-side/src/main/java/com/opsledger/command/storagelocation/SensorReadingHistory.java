package com.opsledger.command.storagelocation;

import com.opsledger.kernel.storagelocation.ClimateRange;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** What a location's stored readings say, for judging the next ones. */
public interface SensorReadingHistory {

    /** The first reading of the run out of {@code range} that goes on up to {@code before}, if the last was out. */
    Optional<Instant> outOfRangeSince(String storageLocationId, ClimateRange range, Instant before);

    /** The temperature furthest outside {@code range} read in [{@code from}, {@code to}). */
    Optional<BigDecimal> furthestOutOfRange(String storageLocationId, ClimateRange range, Instant from, Instant to);
}
