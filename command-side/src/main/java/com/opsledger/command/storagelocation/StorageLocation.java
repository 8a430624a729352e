package com.opsledger.command.storagelocation;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.FreeText;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.storagelocation.AcknowledgeTemperatureAlertCommand;
import com.opsledger.kernel.storagelocation.CheckSensorSilenceCommand;
import com.opsledger.kernel.storagelocation.ClimateRange;
import com.opsledger.kernel.storagelocation.CreateStorageLocationCommand;
import com.opsledger.kernel.storagelocation.ExcursionEndedEvent;
import com.opsledger.kernel.storagelocation.ExcursionStartedEvent;
import com.opsledger.kernel.storagelocation.RecordSensorReadingsCommand;
import com.opsledger.kernel.storagelocation.SensorReading;
import com.opsledger.kernel.storagelocation.SensorResumedEvent;
import com.opsledger.kernel.storagelocation.SensorSilencedEvent;
import com.opsledger.kernel.storagelocation.StorageLocationCreatedEvent;
import com.opsledger.kernel.storagelocation.StorageLocationUpdatedEvent;
import com.opsledger.kernel.storagelocation.TemperatureAlertAcknowledgedEvent;
import com.opsledger.kernel.storagelocation.TemperatureAlertResolvedEvent;
import com.opsledger.kernel.storagelocation.UpdateStorageLocationCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A place in a warehouse that holds goods in a climate range. Its readings are a time series kept outside it; what it
 * decides from them are its excursions (out of range longer than the grace) and their alerts, which resolve once the
 * excursion ended and a manager acknowledged it.
 */
@Aggregate
public class StorageLocation {

    static final String CODE_SCOPE = "storage-location.code";
    /** Who holds a location: its warehouse (the registry's owner of the location id). */
    public static final String WAREHOUSE_SCOPE = "storage-location.warehouse";
    /** Which location raised an alert (the registry's owner of the alert id). */
    public static final String ALERT_SCOPE = "temperature-alert.location";

    @AggregateIdentifier
    private String storageLocationId;
    private String warehouseId;
    private ClimateRange range;
    private int excursions;
    private final Map<String, Alert> alerts = new HashMap<>();
    private String openExcursion;
    private final Map<String, Instant> startedAt = new HashMap<>();
    private int silences;
    /** The sensors silent now, with the alert of their silence. */
    private final Map<String, String> silentSensors = new HashMap<>();

    private record Alert(boolean ended, boolean acknowledged, boolean resolved) {
    }

    protected StorageLocation() {
    }

    @CommandHandler
    public StorageLocation(CreateStorageLocationCommand command, ReferenceRegistry registry) {
        if (!registry.warehouseExists(command.warehouseId())) {
            throw new NotFoundException("warehouse", command.warehouseId());
        }
        String code = StorageLocationRules.code(command.code());
        String name = FreeText.required("name", command.name(), 200);
        String kind = StorageLocationRules.kind(command.kind());
        ClimateRange range = ClimateRange.of(command.temperatureMinC(), command.temperatureMaxC(),
                command.humidityMinPct(), command.humidityMaxPct());
        registry.claim(CODE_SCOPE, "code", command.warehouseId() + "/" + code.toUpperCase(Locale.ROOT),
                command.storageLocationId());
        registry.claim(WAREHOUSE_SCOPE, "id", command.storageLocationId(), command.warehouseId());
        apply(new StorageLocationCreatedEvent(command.storageLocationId(), command.warehouseId(), code, name, kind,
                range));
    }

    @CommandHandler
    public void handle(UpdateStorageLocationCommand command) {
        String name = FreeText.required("name", command.name(), 200);
        String kind = StorageLocationRules.kind(command.kind());
        ClimateRange range = ClimateRange.of(command.temperatureMinC(), command.temperatureMaxC(),
                command.humidityMinPct(), command.humidityMaxPct());
        apply(new StorageLocationUpdatedEvent(storageLocationId, name, kind, range));
    }

    /**
     * Judges readings in the order of their own times: a run out of range that lasts longer than the grace starts an
     * excursion (from its first reading), the first reading back in range ends it.
     */
    @CommandHandler
    public void handle(RecordSensorReadingsCommand command, ColdChainSettings settings, SensorReadingHistory history,
                       ReferenceRegistry registry) {
        List<SensorReading> readings = SensorReadings.inTimeOrder(
                SensorReadings.validated(command.readings(), java.time.Clock.systemUTC()));
        Instant runStart = openExcursion != null || readings.isEmpty() ? null
                : history.outOfRangeSince(storageLocationId, range, readings.get(0).at()).orElse(null);
        for (SensorReading reading : readings) {
            if (range.holds(reading.temperatureC(), reading.humidityPct())) {
                runStart = null;
                if (openExcursion != null) {
                    end(reading.at(), history);
                }
            } else {
                runStart = runStart == null ? reading.at() : runStart;
                if (openExcursion == null && settings.outOfRangeTooLong(runStart, reading.at())) {
                    String alertId = AlertIds.excursion(storageLocationId, excursions + 1);
                    registry.claim(ALERT_SCOPE, "alertId", alertId, storageLocationId);
                    apply(new ExcursionStartedEvent(storageLocationId, alertId, warehouseId, runStart, reading.at(),
                            reading.sensorId(), reading.temperatureC(), reading.humidityPct(), range));
                }
            }
        }
        SensorSilence.resumed(silentSensors.keySet(), readings, settings, java.time.Clock.systemUTC().instant())
                .forEach(this::resume);
    }

    /**
     * The scheduled check's finding: each sensor last heard longer ago than the silence allows, and not silent yet,
     * falls silent and opens a temperature alert of kind {@code silence}.
     */
    @CommandHandler
    public void handle(CheckSensorSilenceCommand command, ColdChainSettings settings, ReferenceRegistry registry) {
        if (command.checkedAt() == null) {
            throw new InvalidValueException("checkedAt", "is required");
        }
        SensorSilence.newlySilent(command.lastReadings(), silentSensors.keySet(), settings, command.checkedAt())
                .forEach((sensorId, lastReadingAt) -> {
                    String alertId = AlertIds.silence(storageLocationId, silences + 1);
                    registry.claim(ALERT_SCOPE, "alertId", alertId, storageLocationId);
                    apply(new SensorSilencedEvent(storageLocationId, alertId, warehouseId, sensorId, lastReadingAt,
                            command.checkedAt()));
                });
    }

    @CommandHandler
    public void handle(AcknowledgeTemperatureAlertCommand command) {
        Alert alert = alerts.get(command.alertId());
        if (alert == null) {
            throw new NotFoundException("temperature alert", command.alertId());
        }
        if (alert.acknowledged()) {
            throw new BusinessRuleViolationException("already-acknowledged", "the alert was acknowledged already");
        }
        apply(new TemperatureAlertAcknowledgedEvent(storageLocationId, command.alertId(),
                FreeText.optional("note", command.note(), 2000)));
        if (alert.ended()) {
            apply(new TemperatureAlertResolvedEvent(storageLocationId, command.alertId()));
        }
    }

    private void end(Instant at, SensorReadingHistory history) {
        String alertId = openExcursion;
        BigDecimal peak = history.furthestOutOfRange(storageLocationId, range, startedAt.get(alertId), at)
                .orElse(null);
        apply(new ExcursionEndedEvent(storageLocationId, alertId, at, peak));
        if (alerts.get(alertId).acknowledged()) {
            apply(new TemperatureAlertResolvedEvent(storageLocationId, alertId));
        }
    }

    private void resume(String sensorId, Instant at) {
        String alertId = silentSensors.get(sensorId);
        apply(new SensorResumedEvent(storageLocationId, alertId, sensorId, at));
        if (alerts.get(alertId).acknowledged()) {
            apply(new TemperatureAlertResolvedEvent(storageLocationId, alertId));
        }
    }

    @EventSourcingHandler
    void on(StorageLocationCreatedEvent event) {
        storageLocationId = event.storageLocationId();
        warehouseId = event.warehouseId();
        range = event.range();
    }

    @EventSourcingHandler
    void on(StorageLocationUpdatedEvent event) {
        range = event.range();
    }

    @EventSourcingHandler
    void on(ExcursionStartedEvent event) {
        excursions++;
        openExcursion = event.alertId();
        startedAt.put(event.alertId(), event.startedAt());
        alerts.put(event.alertId(), new Alert(false, false, false));
    }

    @EventSourcingHandler
    void on(ExcursionEndedEvent event) {
        openExcursion = null;
        Alert alert = alerts.get(event.alertId());
        alerts.put(event.alertId(), new Alert(true, alert.acknowledged(), alert.resolved()));
    }

    @EventSourcingHandler
    void on(TemperatureAlertAcknowledgedEvent event) {
        Alert alert = alerts.get(event.alertId());
        alerts.put(event.alertId(), new Alert(alert.ended(), true, alert.resolved()));
    }

    @EventSourcingHandler
    void on(TemperatureAlertResolvedEvent event) {
        alerts.put(event.alertId(), new Alert(true, true, true));
    }

    @EventSourcingHandler
    void on(SensorSilencedEvent event) {
        silences++;
        silentSensors.put(event.sensorId(), event.alertId());
        alerts.put(event.alertId(), new Alert(false, false, false));
    }

    @EventSourcingHandler
    void on(SensorResumedEvent event) {
        silentSensors.remove(event.sensorId());
        Alert alert = alerts.get(event.alertId());
        alerts.put(event.alertId(), new Alert(true, alert.acknowledged(), alert.resolved()));
    }
}
