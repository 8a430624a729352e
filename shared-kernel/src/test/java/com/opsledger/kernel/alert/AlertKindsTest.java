package com.opsledger.kernel.alert;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.Scope;
import com.opsledger.kernel.common.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertKindsTest {

    private static Caller holding(String... permissions) {
        return new Caller("u1", "user", Set.of("role"), Set.of(permissions), null, null, null, Scope.everything());
    }

    @Test
    void canShowEachKindToWhoeverMayReadItsRecords() {
        assertThat(AlertKinds.visibleTo(holding("alerts:read", "stock-items:*", "backorders:read")))
                .containsExactly("sla-at-risk", "sla-breached", "below-reorder-point");
        assertThat(AlertKinds.visibleTo(holding("alerts:read", "purchase-orders:read", "quality-checks:read")))
                .containsExactly("supplier-late", "quality-rejected");
    }

    @Test
    void canShowFailedSignInsToAdministratorsAlone() {
        assertThat(AlertKinds.visibleTo(holding("*"))).isEqualTo(AlertKinds.ALL);
        assertThat(AlertKinds.visibleTo(holding("stock-items:*", "backorders:*", "purchase-orders:*",
                "quality-checks:*", "temperature-alerts:*"))).doesNotContain("failed-sign-ins");
    }

    @Test
    void canLeaveOutTheKindsAUserMuted() {
        assertThat(AlertKinds.visibleTo(holding("*"), List.of("failed-sign-ins", "sla-at-risk")))
                .containsExactly("sla-breached", "below-reorder-point", "supplier-late", "quality-rejected",
                        "temperature-excursion");
    }

    @Test
    void canNameTheSameAlertForTheSameSubjectAndAnotherForAnother() {
        assertThat(AlertKinds.alertId("sla-at-risk", "b1")).isEqualTo(AlertKinds.alertId("sla-at-risk", "b1"))
                .isNotEqualTo(AlertKinds.alertId("sla-breached", "b1"))
                .isNotEqualTo(AlertKinds.alertId("sla-at-risk", "b2"));
        assertThat(AlertKinds.settingsId("u1")).isNotEqualTo("u1").isNotEqualTo(AlertKinds.alertId("x", "u1"));
    }

    @Test
    void cannotNameAKindThereIsNot() {
        assertThat(AlertKinds.kind("kind", null)).isNull();
        assertThat(AlertKinds.kind("kind", "supplier-late")).isEqualTo("supplier-late");
        assertThatThrownBy(() -> AlertKinds.kind("kind", "weather")).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("kind ");
    }
}
