package com.opsledger.command.fleet;

import com.opsledger.kernel.driver.DriverRegisteredEvent;
import com.opsledger.kernel.driver.DriverUpdatedEvent;
import com.opsledger.kernel.driver.RegisterDriverCommand;
import com.opsledger.kernel.driver.UpdateDriverCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static com.opsledger.command.AggregateFixtures.aggregateFixture;
import static com.opsledger.command.DomainExceptions.invalid;
import static org.assertj.core.api.Assertions.assertThat;

class DriverTest {

    static final String DRIVER_ID = "9a1d6c1e-0000-4000-8000-0000000000d1";
    static final LocalDate EXPIRY = LocalDate.of(2028, 6, 30);

    private FixtureConfiguration<Driver> fixture;
    private InMemoryFleetDirectory directory;

    @BeforeEach
    void setUp() {
        directory = new InMemoryFleetDirectory();
        fixture = aggregateFixture(Driver.class, directory);
    }

    @Test
    void canRegisterDriverWhoseLicenceExpiryRoutesThenKnow() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDriverCommand(DRIVER_ID, " Ana Diaz ", "+49 30 1234", "B-77 12", EXPIRY))
                .expectEvents(new DriverRegisteredEvent(DRIVER_ID, "Ana Diaz", "+49 30 1234", "B-77 12", EXPIRY));

        assertThat(directory.licenceExpiry(DRIVER_ID)).contains(EXPIRY);
    }

    @Test
    void canRenewDriversLicence() {
        LocalDate renewed = EXPIRY.plusYears(10);
        fixture.given(new DriverRegisteredEvent(DRIVER_ID, "Ana Diaz", "+49 30 1234", "B-77 12", EXPIRY))
                .when(new UpdateDriverCommand(DRIVER_ID, "Ana Díaz", "+49 30 1234", "B-77 13", renewed))
                .expectEvents(new DriverUpdatedEvent(DRIVER_ID, "Ana Díaz", "+49 30 1234", "B-77 13", renewed));

        assertThat(directory.licenceExpiry(DRIVER_ID)).contains(renewed);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "12", "call me", "+49 30 1234 5678 9012 3456 7890 12345"})
    void cannotRegisterDriverWithoutAPhoneNumber(String phone) {
        fixture.givenNoPriorActivity()
                .when(new RegisterDriverCommand(DRIVER_ID, "Ana", phone, "B1", EXPIRY))
                .expectException(invalid("phone"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "#1", "-B1"})
    void cannotRegisterDriverWithMalformedLicenceNumber(String licence) {
        fixture.givenNoPriorActivity()
                .when(new RegisterDriverCommand(DRIVER_ID, "Ana", "+4930", licence, EXPIRY))
                .expectException(invalid("licenceNumber"))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterDriverWithoutLicenceExpiry() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDriverCommand(DRIVER_ID, "Ana", "+4930", "B1", null))
                .expectException(invalid("licenceExpiry"))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterDriverWithoutName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDriverCommand(DRIVER_ID, " ", "+4930", "B1", EXPIRY))
                .expectException(invalid("name"))
                .expectNoEvents();
    }
}
