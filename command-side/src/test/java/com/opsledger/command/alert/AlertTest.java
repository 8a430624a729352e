package com.opsledger.command.alert;

import com.opsledger.kernel.alert.AcknowledgeAlertCommand;
import com.opsledger.kernel.alert.AlertAcknowledgedEvent;
import com.opsledger.kernel.alert.AlertAlreadyHandledException;
import com.opsledger.kernel.alert.AlertKinds;
import com.opsledger.kernel.alert.AlertResolvedEvent;
import com.opsledger.kernel.alert.RaiseSupplierLateAlertCommand;
import com.opsledger.kernel.alert.ResolveAlertCommand;
import com.opsledger.kernel.alert.SupplierDeliveryLateEvent;
import com.opsledger.kernel.common.InvalidValueException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.opsledger.command.AggregateFixtures.aggregateFixture;
import static com.opsledger.command.DomainExceptions.invalid;

class AlertTest {

    private static final String ORDER_ID = "5a0f7d1e-51c4-4cf5-9a51-2f7e3f1c2d10";
    private static final String ALERT_ID = AlertKinds.alertId(AlertKinds.SUPPLIER_LATE, ORDER_ID);
    private static final LocalDate EXPECTED = LocalDate.of(2026, 11, 30);

    private FixtureConfiguration<Alert> fixture;

    @BeforeEach
    void setUp() {
        fixture = aggregateFixture(Alert.class);
    }

    private static RaiseSupplierLateAlertCommand raise() {
        return new RaiseSupplierLateAlertCommand(ALERT_ID, ORDER_ID, "PO-000042", "supplier-1", "warehouse-1",
                EXPECTED);
    }

    private static SupplierDeliveryLateEvent late() {
        return new SupplierDeliveryLateEvent(ALERT_ID, ORDER_ID, "PO-000042", "supplier-1", "warehouse-1", EXPECTED);
    }

    @Test
    void canRaiseALateDeliveryOnce() {
        fixture.givenNoPriorActivity().when(raise()).expectEvents(late());
        aggregateFixture(Alert.class).given(late()).when(raise()).expectNoEvents();
    }

    @Test
    void canAcknowledgeAnAlertItHasNoRecordOfYetWithANote() {
        fixture.givenNoPriorActivity().when(new AcknowledgeAlertCommand(ALERT_ID, "  calling the supplier "))
                .expectEvents(new AlertAcknowledgedEvent(ALERT_ID, "calling the supplier"));
    }

    @Test
    void canResolveAnAcknowledgedAlert() {
        fixture.given(late(), new AlertAcknowledgedEvent(ALERT_ID, null))
                .when(new ResolveAlertCommand(ALERT_ID, "arrived by courier"))
                .expectEvents(new AlertResolvedEvent(ALERT_ID, "arrived by courier"));
    }

    @Test
    void canResolveAnOpenAlertWithoutAcknowledgingItFirst() {
        fixture.givenNoPriorActivity().when(new ResolveAlertCommand(ALERT_ID, null))
                .expectEvents(new AlertResolvedEvent(ALERT_ID, null));
    }

    @Test
    void cannotAcknowledgeTwice() {
        fixture.given(new AlertAcknowledgedEvent(ALERT_ID, null))
                .when(new AcknowledgeAlertCommand(ALERT_ID, null))
                .expectException(AlertAlreadyHandledException.class).expectNoEvents();
    }

    @Test
    void cannotResolveTwiceNorAcknowledgeAResolvedAlert() {
        fixture.given(new AlertResolvedEvent(ALERT_ID, null)).when(new ResolveAlertCommand(ALERT_ID, null))
                .expectException(AlertAlreadyHandledException.class).expectNoEvents();
        aggregateFixture(Alert.class).given(new AlertResolvedEvent(ALERT_ID, null))
                .when(new AcknowledgeAlertCommand(ALERT_ID, null))
                .expectException(AlertAlreadyHandledException.class).expectNoEvents();
    }

    @Test
    void cannotKeepANoteLongerThanTwoThousandCharacters() {
        fixture.givenNoPriorActivity().when(new AcknowledgeAlertCommand(ALERT_ID, "x".repeat(2001)))
                .expectException(InvalidValueException.class).expectException(invalid("note"));
    }
}
