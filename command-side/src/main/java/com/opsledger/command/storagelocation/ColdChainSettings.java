package com.opsledger.command.storagelocation;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code opsledger.cold-chain.excursion-grace} (default 10 minutes): how long a location may be out of range before it
 * is an excursion, judged on the readings' own times. {@code opsledger.cold-chain.sensor-silence} (default 30
 * minutes): how long a sensor known at a location may send nothing before it is silent.
 */
public record ColdChainSettings(Duration excursionGrace, Duration sensorSilence) {

    public static final Duration DEFAULT_SENSOR_SILENCE = Duration.ofMinutes(30);

    public ColdChainSettings(Duration excursionGrace) {
        this(excursionGrace, DEFAULT_SENSOR_SILENCE);
    }

    public boolean outOfRangeTooLong(Instant since, Instant now) {
        return Duration.between(since, now).compareTo(excursionGrace) > 0;
    }

    /** Whether a sensor last heard at {@code lastReadingAt} has been silent too long at {@code now}. */
    public boolean silentTooLong(Instant lastReadingAt, Instant now) {
        return Duration.between(lastReadingAt, now).compareTo(sensorSilence) > 0;
    }
}
