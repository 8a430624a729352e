package com.opsledger.command.alert;

import com.opsledger.kernel.alert.AlertKinds;
import com.opsledger.kernel.alert.AlertSettingsChangedEvent;
import com.opsledger.kernel.alert.ChangeAlertSettingsCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static com.opsledger.command.AggregateFixtures.aggregateFixture;
import static com.opsledger.command.DomainExceptions.invalid;

class AlertSettingsTest {

    private static final String USER_ID = "0b8c2f57-3f0e-4c55-8a1e-6b8d8f3f1a22";
    private static final String SETTINGS_ID = AlertKinds.settingsId(USER_ID);

    private FixtureConfiguration<AlertSettings> fixture;

    @BeforeEach
    void setUp() {
        fixture = aggregateFixture(AlertSettings.class);
    }

    @Test
    void canMuteKindsEachOnceInOneOrder() {
        fixture.givenNoPriorActivity()
                .when(new ChangeAlertSettingsCommand(SETTINGS_ID, USER_ID, List.of("supplier-late",
                        "below-reorder-point", "supplier-late")))
                .expectEvents(new AlertSettingsChangedEvent(SETTINGS_ID, USER_ID, List.of("below-reorder-point",
                        "supplier-late")));
    }

    @Test
    void canUnmuteEverything() {
        fixture.given(new AlertSettingsChangedEvent(SETTINGS_ID, USER_ID, List.of("supplier-late")))
                .when(new ChangeAlertSettingsCommand(SETTINGS_ID, USER_ID, List.of()))
                .expectEvents(new AlertSettingsChangedEvent(SETTINGS_ID, USER_ID, List.of()));
    }

    @Test
    void canIgnoreAChangeThatChangesNothing() {
        fixture.given(new AlertSettingsChangedEvent(SETTINGS_ID, USER_ID, List.of("supplier-late")))
                .when(new ChangeAlertSettingsCommand(SETTINGS_ID, USER_ID, List.of("supplier-late")))
                .expectNoEvents();
    }

    @Test
    void cannotMuteAKindThereIsNot() {
        fixture.givenNoPriorActivity()
                .when(new ChangeAlertSettingsCommand(SETTINGS_ID, USER_ID, List.of("supplier-late", "gossip")))
                .expectException(invalid("mutedKinds[1]")).expectNoEvents();
        aggregateFixture(AlertSettings.class).givenNoPriorActivity()
                .when(new ChangeAlertSettingsCommand(SETTINGS_ID, USER_ID, Arrays.asList((String) null)))
                .expectException(invalid("mutedKinds[0]")).expectNoEvents();
        aggregateFixture(AlertSettings.class).givenNoPriorActivity()
                .when(new ChangeAlertSettingsCommand(SETTINGS_ID, USER_ID, null))
                .expectException(invalid("mutedKinds")).expectNoEvents();
    }
}
