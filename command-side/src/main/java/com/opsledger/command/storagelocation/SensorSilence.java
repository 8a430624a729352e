package com.opsledger.command.storagelocation;

import com.opsledger.kernel.storagelocation.SensorReading;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * When a sensor known at a location is silent, and when it is heard again: silent once its last reading is older than
 * the silence allows; heard again by a reading recent enough that the sensor would not be silent with it (a late
 * reading from before, sent now, does not end the silence).
 */
final class SensorSilence {

    private SensorSilence() {
    }

    /** The sensors silent at {@code now} and not known silent yet, in sensor order, with their last reading. */
    static Map<String, Instant> newlySilent(Map<String, Instant> lastReadings, Collection<String> silentAlready,
                                            ColdChainSettings settings, Instant now) {
        Map<String, Instant> silent = new TreeMap<>();
        if (lastReadings == null) {
            return silent;
        }
        lastReadings.forEach((sensorId, lastReadingAt) -> {
            if (sensorId != null && lastReadingAt != null && !silentAlready.contains(sensorId)
                    && settings.silentTooLong(lastReadingAt, now)) {
                silent.put(sensorId, lastReadingAt);
            }
        });
        return silent;
    }

    /** The silent sensors that readings in time order show heard again, each with its first recent reading. */
    static Map<String, Instant> resumed(Collection<String> silent, List<SensorReading> readingsInTimeOrder,
                                        ColdChainSettings settings, Instant now) {
        Map<String, Instant> resumed = new LinkedHashMap<>();
        for (SensorReading reading : readingsInTimeOrder) {
            if (silent.contains(reading.sensorId()) && !resumed.containsKey(reading.sensorId())
                    && !settings.silentTooLong(reading.at(), now)) {
                resumed.put(reading.sensorId(), reading.at());
            }
        }
        return resumed;
    }
}
