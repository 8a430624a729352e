package com.opsledger.command.storagelocation;

import com.opsledger.kernel.common.BusinessDates;
import com.opsledger.kernel.common.FreeText;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.storagelocation.ClimateRange;
import com.opsledger.kernel.storagelocation.SensorReading;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one call may bring: 1 to {@value #MAX} readings, each naming its sensor, a time within the last year and no
 * later than a few minutes from now (a sensor's clock runs a little ahead at most) and a temperature a sensor can
 * read.
 */
public final class SensorReadings {

    public static final int MAX = 1000;
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** How far back a reading may be sent: the time series keeps a partition per month it holds. */
    static final Duration LATE = Duration.ofDays(366);

    private SensorReadings() {
    }

    /** The readings, checked field by field, naming the reading ({@code readings[3].at}). */
    public static List<SensorReading> validated(List<SensorReading> readings, Clock clock) {
        if (readings == null || readings.isEmpty()) {
            throw new InvalidValueException("readings", "must hold 1 to " + MAX + " readings");
        }
        if (readings.size() > MAX) {
            throw new InvalidValueException("readings", "must hold at most " + MAX + " readings per call");
        }
        Instant latest = clock.instant().plus(CLOCK_SKEW);
        List<SensorReading> valid = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            String field = "readings[" + i + "]";
            SensorReading reading = readings.get(i);
            if (reading == null) {
                throw new InvalidValueException(field, "is required");
            }
            String sensorId = FreeText.required(field + ".sensorId", reading.sensorId(), 64);
            if (reading.at() == null) {
                throw new InvalidValueException(field + ".at", "is required");
            }
            BusinessDates.require(field + ".at", reading.at());
            if (reading.at().isAfter(latest)) {
                throw new InvalidValueException(field + ".at", "must not be in the future");
            }
            if (reading.at().isBefore(clock.instant().minus(LATE))) {
                throw new InvalidValueException(field + ".at", "must be within the last year");
            }
            valid.add(new SensorReading(sensorId, reading.at(),
                    ClimateRange.requireTemperature(field + ".temperatureC", reading.temperatureC(), true),
                    ClimateRange.requireHumidity(field + ".humidityPct", reading.humidityPct())));
        }
        return valid;
    }

    static List<SensorReading> inTimeOrder(List<SensorReading> readings) {
        return readings.stream().sorted(Comparator.comparing(SensorReading::at)
                .thenComparing(SensorReading::sensorId)).toList();
    }
}
