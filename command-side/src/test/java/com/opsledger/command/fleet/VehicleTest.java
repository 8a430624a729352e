package com.opsledger.command.fleet;

import com.opsledger.command.registry.InMemoryReferenceRegistry;
import com.opsledger.kernel.vehicle.ChangeVehicleStatusCommand;
import com.opsledger.kernel.vehicle.RegisterVehicleCommand;
import com.opsledger.kernel.vehicle.UpdateVehicleCommand;
import com.opsledger.kernel.vehicle.VehicleRegisteredEvent;
import com.opsledger.kernel.vehicle.VehicleStatusChangedEvent;
import com.opsledger.kernel.vehicle.VehicleUpdatedEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static com.opsledger.command.AggregateFixtures.aggregateFixture;
import static com.opsledger.command.DomainExceptions.duplicate;
import static com.opsledger.command.DomainExceptions.invalid;
import static org.assertj.core.api.Assertions.assertThat;

class VehicleTest {

    static final String VEHICLE_ID = "9a1d6c1e-0000-4000-8000-000000000001";
    static final String OTHER_VEHICLE_ID = "9a1d6c1e-0000-4000-8000-000000000002";
    static final LocalDate INSURANCE = LocalDate.of(2027, 3, 31);

    private FixtureConfiguration<Vehicle> fixture;
    private InMemoryFleetDirectory directory;

    @BeforeEach
    void setUp() {
        directory = new InMemoryFleetDirectory();
        fixture = aggregateFixture(Vehicle.class, new InMemoryReferenceRegistry(), directory);
    }

    static RegisterVehicleCommand register(String id, String number) {
        return new RegisterVehicleCommand(id, number, "van", " Sprinter ", new BigDecimal("1200.500"), "diesel",
                INSURANCE, null, null);
    }

    static VehicleRegisteredEvent registered() {
        return new VehicleRegisteredEvent(VEHICLE_ID, "B-OL 100", "van", "Sprinter", new BigDecimal("1200.5"),
                "diesel", INSURANCE, null, null, "active");
    }

    @Test
    void canRegisterVehicleActiveWithItsCapacityKnownToRoutes() {
        fixture.givenNoPriorActivity()
                .when(register(VEHICLE_ID, " B-OL 100 "))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());

        assertThat(directory.vehicle(VEHICLE_ID)).get()
                .isEqualTo(new FleetDirectory.VehicleFacts(new BigDecimal("1200.5"), "active"));
    }

    @Test
    void cannotRegisterVehicleWithNumberAnotherHoldsIgnoringCaseAndSeparators() {
        fixture.givenNoPriorActivity().when(register(VEHICLE_ID, "B-OL 100")).expectSuccessfulHandlerExecution();

        fixture.givenNoPriorActivity()
                .when(register(OTHER_VEHICLE_ID, "bol100"))
                .expectException(duplicate("number"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "-AB", "AB/12", "AAAAAAAAAAAAAAAAAAAAA"})
    void cannotRegisterVehicleWithMalformedNumber(String number) {
        fixture.givenNoPriorActivity()
                .when(register(VEHICLE_ID, number))
                .expectException(invalid("number"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Van", "lorry"})
    void cannotRegisterVehicleOfUnknownType(String type) {
        fixture.givenNoPriorActivity()
                .when(new RegisterVehicleCommand(VEHICLE_ID, "B1", type, null, BigDecimal.TEN, "petrol", null, null,
                        null))
                .expectException(invalid("type"))
                .expectExceptionMessage("type must be one of van, truck, bike, car")
                .expectNoEvents();
    }

    @Test
    void cannotRegisterVehicleOfUnknownFuel() {
        fixture.givenNoPriorActivity()
                .when(new RegisterVehicleCommand(VEHICLE_ID, "B1", "car", null, BigDecimal.TEN, "hydrogen", null,
                        null, null))
                .expectException(invalid("fuelType"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "100000.001", "1e9", "0.0001"})
    void cannotRegisterVehicleWithCapacityOutOfBounds(String capacity) {
        fixture.givenNoPriorActivity()
                .when(new RegisterVehicleCommand(VEHICLE_ID, "B1", "truck", null, new BigDecimal(capacity), "diesel",
                        null, null, null))
                .expectException(invalid("capacityKg"))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterVehicleWithDateOutsideBusinessDates() {
        fixture.givenNoPriorActivity()
                .when(new RegisterVehicleCommand(VEHICLE_ID, "B1", "truck", null, BigDecimal.TEN, "diesel", null,
                        LocalDate.of(3000, 1, 1), null))
                .expectException(invalid("registrationExpiry"))
                .expectNoEvents();
    }

    @Test
    void canUpdateVehicleCapacityAndDates() {
        fixture.given(registered())
                .when(new UpdateVehicleCommand(VEHICLE_ID, "truck", null, new BigDecimal("7500"), "electric", null,
                        LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 20)))
                .expectEvents(new VehicleUpdatedEvent(VEHICLE_ID, "truck", null, new BigDecimal("7500"), "electric",
                        null, LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 20)));

        assertThat(directory.vehicle(VEHICLE_ID)).get()
                .isEqualTo(new FleetDirectory.VehicleFacts(new BigDecimal("7500"), "active"));
    }

    @Test
    void canSendVehicleToMaintenanceWithAReason() {
        fixture.given(registered())
                .when(new ChangeVehicleStatusCommand(VEHICLE_ID, "maintenance", " brakes "))
                .expectEvents(new VehicleStatusChangedEvent(VEHICLE_ID, "active", "maintenance", "brakes"));

        assertThat(directory.vehicle(VEHICLE_ID).orElseThrow().status()).isEqualTo("maintenance");
    }

    @Test
    void canAskForTheStatusAVehicleHasWithoutAnEvent() {
        fixture.given(registered())
                .when(new ChangeVehicleStatusCommand(VEHICLE_ID, "active", null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotGiveVehicleAnUnknownStatus() {
        fixture.given(registered())
                .when(new ChangeVehicleStatusCommand(VEHICLE_ID, "scrapped", null))
                .expectException(invalid("status"))
                .expectNoEvents();
    }
}
