package com.opsledger.command.customer;

import com.opsledger.kernel.customer.Address;
import com.opsledger.kernel.customer.CreateCustomerCommand;
import com.opsledger.kernel.customer.CustomerCreatedEvent;
import com.opsledger.kernel.customer.CustomerUpdatedEvent;
import com.opsledger.kernel.customer.UpdateCustomerCommand;
import com.opsledger.kernel.privacy.DataSubject;
import com.opsledger.kernel.privacy.PersonalData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import static com.opsledger.command.DomainExceptions.invalid;
import static com.opsledger.command.DomainExceptions.notFound;
import static com.opsledger.command.OrderFixtures.ADDRESS;
import static com.opsledger.command.OrderFixtures.CUSTOMER_ID;
import static com.opsledger.command.OrderFixtures.OTHER_CUSTOMER_ID;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerTest {

    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Customer.class);
    }

    private static CustomerCreatedEvent created() {
        return new CustomerCreatedEvent(CUSTOMER_ID, "Erika Müller", "erika@example.com", "+49 30 123", "gold",
                List.of(ADDRESS), "email");
    }

    @Test
    void canBeCreatedWithTierAndPreferenceNormalized() {
        fixture.givenNoPriorActivity()
                .when(new CreateCustomerCommand(CUSTOMER_ID, " Erika Müller ", "erika@example.com", "+49 30 123",
                        "GOLD", List.of(ADDRESS), null))
                .expectEvents(created());
    }

    @Test
    void cannotBeCreatedWithAnUnknownTierABadEmailOrAnIncompleteAddress() {
        fixture.givenNoPriorActivity()
                .when(new CreateCustomerCommand(CUSTOMER_ID, "Erika", "erika@example.com", null, "platinum", null,
                        null))
                .expectException(invalid("tier"));
        fixture.givenNoPriorActivity()
                .when(new CreateCustomerCommand(CUSTOMER_ID, "Erika", "not-an-email", null, "gold", null, null))
                .expectException(invalid("email"));
        fixture.givenNoPriorActivity()
                .when(new CreateCustomerCommand(CUSTOMER_ID, "Erika", "erika@example.com", null, "gold",
                        List.of(new Address("Hauptstr. 1", null, null, null, "DE")), "sms"))
                .expectException(invalid("addresses[0].city"));
        fixture.givenNoPriorActivity()
                .when(new CreateCustomerCommand(CUSTOMER_ID, "Erika", "erika@example.com", null, "gold", null,
                        "pigeon"))
                .expectException(invalid("communicationPreference"));
    }

    @Test
    void canBeUpdated() {
        fixture.given(created())
                .when(new UpdateCustomerCommand(CUSTOMER_ID, "Erika M.", "em@example.com", null, "silver", null,
                        "none", null))
                .expectEvents(new CustomerUpdatedEvent(CUSTOMER_ID, "Erika M.", "em@example.com", null, "silver",
                        List.of(), "none"));
    }

    @Test
    void cannotBeUpdatedByAnotherCustomersPortalAccount() {
        fixture.given(created())
                .when(new UpdateCustomerCommand(CUSTOMER_ID, "Erika M.", "em@example.com", null, "silver", null,
                        "none", OTHER_CUSTOMER_ID))
                .expectException(notFound("customer"));
    }

    @Test
    void personalFieldsOfItsEventsAreMarkedWithTheCustomerAsDataSubject() {
        for (Class<?> event : List.of(CustomerCreatedEvent.class, CustomerUpdatedEvent.class)) {
            RecordComponent[] components = event.getRecordComponents();
            assertThat(Arrays.stream(components).filter(c -> c.isAnnotationPresent(PersonalData.class))
                    .map(RecordComponent::getName)).containsExactly("name", "email", "phone", "addresses");
            assertThat(Arrays.stream(components).filter(c -> c.isAnnotationPresent(DataSubject.class))
                    .map(RecordComponent::getName)).containsExactly("customerId");
        }
    }

    @Test
    void canKeepAnAddressesCoordinatesButNotHalfOfThem() {
        Address located = new Address("Hauptstr. 1", null, "10115", "Berlin", "DE", new java.math.BigDecimal("52.52"),
                new java.math.BigDecimal("13.405"));
        fixture.givenNoPriorActivity()
                .when(new CreateCustomerCommand(CUSTOMER_ID, "Erika Müller", "erika@example.com", "+49 30 123",
                        "gold", List.of(located), null))
                .expectEvents(new CustomerCreatedEvent(CUSTOMER_ID, "Erika Müller", "erika@example.com",
                        "+49 30 123", "gold", List.of(located), "email"));
        fixture.givenNoPriorActivity()
                .when(new CreateCustomerCommand(CUSTOMER_ID, "Erika", "erika@example.com", null, "gold",
                        List.of(new Address("Hauptstr. 1", null, null, "Berlin", "DE", null,
                                new java.math.BigDecimal("13.4"))), null))
                .expectException(com.opsledger.command.DomainExceptions.invalid("addresses[0].latitude"));
    }

    @Test
    void canDoWithoutDeliveryCodesOnlyForItsOwnPortal() {
        fixture.given(created())
                .when(new com.opsledger.kernel.customer.SetDeliveryPreferencesCommand(CUSTOMER_ID, false, null))
                .expectEvents(new com.opsledger.kernel.customer.CustomerDeliveryPreferencesSetEvent(CUSTOMER_ID,
                        false));
        fixture.given(created())
                .when(new com.opsledger.kernel.customer.SetDeliveryPreferencesCommand(CUSTOMER_ID, false,
                        "0b6f2d4e-1a3c-4e5f-8a9b-1c2d3e4f5a09"))
                .expectException(com.opsledger.command.DomainExceptions.notFound("customer"));
    }
}
