package com.opsledger.command.storagelocation;

import com.opsledger.command.registry.InMemoryReferenceRegistry;
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
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.opsledger.command.AggregateFixtures.aggregateFixture;
import static com.opsledger.command.DomainExceptions.duplicate;
import static com.opsledger.command.DomainExceptions.invalid;
import static com.opsledger.command.DomainExceptions.notFound;
import static com.opsledger.command.DomainExceptions.violated;
import static org.assertj.core.api.Assertions.assertThat;

class StorageLocationTest {

    static final String LOCATION = "5f0c7a36-8a43-4c3e-9d8e-1c0f2b6a7d01";
    static final String WAREHOUSE = "0b6f3b8e-2f7e-4a57-8c2c-9a1e4d2f5b10";
    static final ClimateRange CHILLED = ClimateRange.of(new BigDecimal("2"), new BigDecimal("8"), null, null);
    static final Instant T0 = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).minus(Duration.ofDays(30));
    static final String ALERT = AlertIds.excursion(LOCATION, 1);

    private FixtureConfiguration<StorageLocation> fixture;
    private InMemoryReferenceRegistry registry;
    private final List<SensorReading> stored = new ArrayList<>();

    /** The history the fixture's readings are judged against: what a test put in {@link #stored}. */
    private final SensorReadingHistory history = new SensorReadingHistory() {
        @Override
        public Optional<Instant> outOfRangeSince(String id, ClimateRange range, Instant before) {
            Instant since = null;
            for (SensorReading r : SensorReadings.inTimeOrder(stored)) {
                if (r.at().isBefore(before)) {
                    since = range.holds(r.temperatureC(), r.humidityPct()) ? null : since == null ? r.at() : since;
                }
            }
            return Optional.ofNullable(since);
        }

        @Override
        public Optional<BigDecimal> furthestOutOfRange(String id, ClimateRange range, Instant from, Instant to) {
            return stored.stream().filter(r -> !r.at().isBefore(from) && r.at().isBefore(to))
                    .map(SensorReading::temperatureC).max(BigDecimal::compareTo);
        }
    };

    @BeforeEach
    void setUp() {
        registry = new InMemoryReferenceRegistry().withWarehouse(WAREHOUSE);
        fixture = aggregateFixture(StorageLocation.class, registry, history,
                new ColdChainSettings(Duration.ofMinutes(10)));
    }

    static StorageLocationCreatedEvent created() {
        return new StorageLocationCreatedEvent(LOCATION, WAREHOUSE, "COLD-1", "Cold room 1", "chilled", CHILLED);
    }

    static SensorReading reading(int minute, String temperature) {
        return new SensorReading("s-1", T0.plus(Duration.ofMinutes(minute)), new BigDecimal(temperature), null);
    }

    private RecordSensorReadingsCommand readings(SensorReading... readings) {
        stored.addAll(List.of(readings));
        return new RecordSensorReadingsCommand(LOCATION, List.of(readings));
    }

    static ExcursionStartedEvent started(int startMinute, int confirmedMinute, String temperature) {
        return new ExcursionStartedEvent(LOCATION, ALERT, WAREHOUSE, T0.plus(Duration.ofMinutes(startMinute)),
                T0.plus(Duration.ofMinutes(confirmedMinute)), "s-1", new BigDecimal(temperature), null, CHILLED);
    }

    @Test
    void canCreateALocationWithItsRange() {
        fixture.givenNoPriorActivity()
                .when(new CreateStorageLocationCommand(LOCATION, WAREHOUSE, "COLD-1", " Cold room 1 ", "chilled",
                        new BigDecimal("2.0"), new BigDecimal("8"), null, null))
                .expectEvents(created());
        assertThat(registry.ownerOf(StorageLocation.WAREHOUSE_SCOPE, LOCATION)).contains(WAREHOUSE);
    }

    @Test
    void cannotCreateALocationWithAnInvertedRangeAnUnknownKindOrInAnUnknownWarehouse() {
        fixture.givenNoPriorActivity()
                .when(new CreateStorageLocationCommand(LOCATION, WAREHOUSE, "C", "C", "chilled", BigDecimal.TEN,
                        BigDecimal.ONE, null, null))
                .expectException(invalid("temperatureMaxC"));
        fixture.givenNoPriorActivity()
                .when(new CreateStorageLocationCommand(LOCATION, WAREHOUSE, "C", "C", "warm", BigDecimal.ONE,
                        BigDecimal.TEN, null, null))
                .expectException(invalid("kind"));
        fixture.givenNoPriorActivity()
                .when(new CreateStorageLocationCommand(LOCATION, LOCATION, "C", "C", "frozen", BigDecimal.ONE,
                        BigDecimal.TEN, null, null))
                .expectException(notFound("warehouse"));
    }

    @Test
    void cannotCreateTwoLocationsWithOneCodeInAWarehouse() {
        registry.claim(StorageLocation.CODE_SCOPE, "code", WAREHOUSE + "/COLD-1", "another");
        fixture.givenNoPriorActivity()
                .when(new CreateStorageLocationCommand(LOCATION, WAREHOUSE, "cold-1", "Cold", "chilled",
                        BigDecimal.ONE, BigDecimal.TEN, null, null))
                .expectException(duplicate("code"));
    }

    @Test
    void canChangeALocationsNameKindAndRange() {
        ClimateRange frozen = ClimateRange.of(new BigDecimal("-25"), new BigDecimal("-18"), BigDecimal.ZERO,
                new BigDecimal("90"));
        fixture.given(created())
                .when(new UpdateStorageLocationCommand(LOCATION, "Freezer", "frozen", new BigDecimal("-25"),
                        new BigDecimal("-18"), BigDecimal.ZERO, new BigDecimal("90")))
                .expectEvents(new StorageLocationUpdatedEvent(LOCATION, "Freezer", "frozen", frozen));
    }

    @Test
    void canTolerateAShortRunOutOfRange() {
        fixture.given(created())
                .when(readings(reading(0, "5"), reading(1, "9"), reading(10, "9.5"), reading(12, "6")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void canStartAnExcursionFromTheFirstReadingOutOfRangeOnceItLastsLongerThanTheGrace() {
        fixture.given(created())
                .when(readings(reading(0, "5"), reading(2, "8.5"), reading(7, "9"), reading(13, "10")))
                .expectEvents(started(2, 13, "10"));
    }

    @Test
    void canJudgeARunThatBeganInAnEarlierCallAndReadingsSentOutOfOrder() {
        stored.addAll(List.of(reading(0, "5"), reading(5, "1.5")));
        fixture.given(created())
                .when(readings(reading(16, "1"), reading(9, "1.2")))
                .expectEvents(new ExcursionStartedEvent(LOCATION, ALERT, WAREHOUSE, T0.plus(Duration.ofMinutes(5)),
                        T0.plus(Duration.ofMinutes(16)), "s-1", new BigDecimal("1"), null, CHILLED));
    }

    @Test
    void canEndAnExcursionAtTheFirstReadingBackInRangeAndResolveItIfAcknowledged() {
        stored.addAll(List.of(reading(2, "9"), reading(13, "11")));
        fixture.given(created(), started(2, 13, "11"),
                        new TemperatureAlertAcknowledgedEvent(LOCATION, ALERT, "door shut"))
                .when(readings(reading(20, "7")))
                .expectEvents(new ExcursionEndedEvent(LOCATION, ALERT, T0.plus(Duration.ofMinutes(20)),
                        new BigDecimal("11")), new TemperatureAlertResolvedEvent(LOCATION, ALERT));
    }

    @Test
    void canAcknowledgeAnAlertWhileItsExcursionGoesOnAndResolveItWhenAcknowledgedAfterItEnded() {
        fixture.given(created(), started(2, 13, "11"))
                .when(new AcknowledgeTemperatureAlertCommand(LOCATION, ALERT, " checking "))
                .expectEvents(new TemperatureAlertAcknowledgedEvent(LOCATION, ALERT, "checking"));
        fixture.given(created(), started(2, 13, "11"),
                        new ExcursionEndedEvent(LOCATION, ALERT, T0.plus(Duration.ofMinutes(20)), null))
                .when(new AcknowledgeTemperatureAlertCommand(LOCATION, ALERT, null))
                .expectEvents(new TemperatureAlertAcknowledgedEvent(LOCATION, ALERT, null),
                        new TemperatureAlertResolvedEvent(LOCATION, ALERT));
    }

    @Test
    void cannotAcknowledgeAnAlertTwiceNorOneOfAnotherLocation() {
        fixture.given(created(), started(2, 13, "11"), new TemperatureAlertAcknowledgedEvent(LOCATION, ALERT, null))
                .when(new AcknowledgeTemperatureAlertCommand(LOCATION, ALERT, null))
                .expectException(violated("already-acknowledged"));
        fixture.given(created())
                .when(new AcknowledgeTemperatureAlertCommand(LOCATION, ALERT, null))
                .expectException(notFound("temperature alert"));
    }

    @Test
    void cannotRecordNoReadingsNorOneWithoutSensorNorBeyondWhatASensorReads() {
        fixture.given(created())
                .when(new RecordSensorReadingsCommand(LOCATION, List.of()))
                .expectException(invalid("readings"));
        fixture.given(created())
                .when(new RecordSensorReadingsCommand(LOCATION, List.of(reading(0, "5"),
                        new SensorReading(" ", T0, BigDecimal.ONE, null))))
                .expectException(invalid("readings[1].sensorId"));
        fixture.given(created())
                .when(new RecordSensorReadingsCommand(LOCATION, List.of(reading(0, "150"))))
                .expectException(invalid("readings[0].temperatureC"));
    }

    /** Silence is judged against the present: the check's time, and the wall clock for readings that end it. */
    static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    static final String SILENCE = AlertIds.silence(LOCATION, 1);

    static SensorSilencedEvent silenced(String sensorId, Instant lastReadingAt) {
        return new SensorSilencedEvent(LOCATION, SILENCE, WAREHOUSE, sensorId, lastReadingAt, NOW);
    }

    @Test
    void canRaiseTheSilenceOfEachSensorLastHeardLongerAgoThanTheSilenceAllows() {
        Instant longAgo = NOW.minus(Duration.ofMinutes(31));
        fixture.given(created())
                .when(new CheckSensorSilenceCommand(LOCATION, Map.of("s-1", longAgo,
                        "s-2", NOW.minus(Duration.ofMinutes(29)), "s-3", NOW.minus(Duration.ofDays(2))), NOW))
                .expectEvents(silenced("s-1", longAgo), new SensorSilencedEvent(LOCATION, AlertIds.silence(LOCATION, 2),
                        WAREHOUSE, "s-3", NOW.minus(Duration.ofDays(2)), NOW));
        assertThat(registry.ownerOf(StorageLocation.ALERT_SCOPE, SILENCE)).contains(LOCATION);
    }

    @Test
    void cannotRaiseTheSilenceOfASensorTwiceWhileItStaysSilent() {
        Instant longAgo = NOW.minus(Duration.ofHours(1));
        fixture.given(created(), silenced("s-1", longAgo))
                .when(new CheckSensorSilenceCommand(LOCATION, Map.of("s-1", longAgo), NOW.plus(Duration.ofHours(1))))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void canEndASilenceAtTheSensorsFirstRecentReadingAndResolveItIfAcknowledged() {
        Instant recent = Instant.now().minus(Duration.ofMinutes(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        SensorReading old = new SensorReading("s-1", recent.minus(Duration.ofHours(2)), new BigDecimal("5"), null);
        SensorReading first = new SensorReading("s-1", recent, new BigDecimal("5"), null);
        SensorReading next = new SensorReading("s-1", recent.plusSeconds(60), new BigDecimal("5"), null);
        fixture.given(created(), silenced("s-1", recent.minus(Duration.ofHours(3))),
                        new TemperatureAlertAcknowledgedEvent(LOCATION, SILENCE, "battery"))
                .when(readings(next, old, first))
                .expectEvents(new SensorResumedEvent(LOCATION, SILENCE, "s-1", recent),
                        new TemperatureAlertResolvedEvent(LOCATION, SILENCE));
        fixture.given(created(), silenced("s-1", recent.minus(Duration.ofHours(3))))
                .when(readings(first))
                .expectEvents(new SensorResumedEvent(LOCATION, SILENCE, "s-1", recent));
    }

    @Test
    void cannotEndASilenceByALateReadingFromBeforeNorByAnotherSensor() {
        Instant recent = Instant.now().minus(Duration.ofMinutes(2));
        fixture.given(created(), silenced("s-1", recent.minus(Duration.ofHours(3))))
                .when(readings(new SensorReading("s-1", recent.minus(Duration.ofHours(1)), new BigDecimal("5"), null),
                        new SensorReading("s-2", recent, new BigDecimal("5"), null)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void canAcknowledgeASilenceAndResolveItIfTheSensorWasHeardAgain() {
        Instant recent = Instant.now().minus(Duration.ofMinutes(2));
        fixture.given(created(), silenced("s-1", recent.minus(Duration.ofHours(3))),
                        new SensorResumedEvent(LOCATION, SILENCE, "s-1", recent))
                .when(new AcknowledgeTemperatureAlertCommand(LOCATION, SILENCE, null))
                .expectEvents(new TemperatureAlertAcknowledgedEvent(LOCATION, SILENCE, null),
                        new TemperatureAlertResolvedEvent(LOCATION, SILENCE));
    }

    @Test
    void canRaiseASecondSilenceOnceAResumedSensorFallsSilentAgain() {
        Instant resumed = NOW.minus(Duration.ofHours(1));
        fixture.given(created(), silenced("s-1", NOW.minus(Duration.ofHours(3))),
                        new SensorResumedEvent(LOCATION, SILENCE, "s-1", resumed))
                .when(new CheckSensorSilenceCommand(LOCATION, Map.of("s-1", resumed), NOW))
                .expectEvents(new SensorSilencedEvent(LOCATION, AlertIds.silence(LOCATION, 2), WAREHOUSE, "s-1",
                        resumed, NOW));
    }
}
