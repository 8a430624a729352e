package com.opsledger.command.storagelocation;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.storagelocation.RecordSensorReadingsCommand;
import com.opsledger.kernel.storagelocation.SensorReading;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * Takes a call's readings: checks them, stores them in the time series, then lets the location judge them (it reads
 * the stored run before them to know how long it has been out of range).
 */
@Component
class SensorReadingIntake {

    private final JdbcSensorReadings readings;
    private final ReferenceRegistry registry;
    private final CommandSender sender;
    private final Clock clock = Clock.systemUTC();

    SensorReadingIntake(JdbcSensorReadings readings, ReferenceRegistry registry, CommandSender sender) {
        this.readings = readings;
        this.registry = registry;
        this.sender = sender;
    }

    IdResponse record(String storageLocationId, List<SensorReading> body) {
        List<SensorReading> valid = SensorReadings.validated(body, clock);
        if (registry.ownerOf(StorageLocation.WAREHOUSE_SCOPE, storageLocationId).isEmpty()) {
            throw new NotFoundException("storage location", storageLocationId);
        }
        readings.store(storageLocationId, valid);
        return sender.send(new RecordSensorReadingsCommand(storageLocationId, valid));
    }
}
