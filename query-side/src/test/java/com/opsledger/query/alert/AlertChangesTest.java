package com.opsledger.query.alert;

import com.opsledger.kernel.alert.AlertView;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An alert's life: raised open, acknowledged while open, resolved once; failed sign-ins counted in their window. */
class AlertChangesTest {

    private final Instant t0 = Instant.parse("2026-12-01T08:00:00Z");

    private AlertView raised() {
        return AlertChanges.raised("a1", "below-reorder-point", new AlertChanges.Subject("stock-item", "s1", "w1",
                null, null), "Below reorder point: SKU-1", "available 3, reorder point 5", t0);
    }

    @Test
    void canRaiseAnOpenAlertOfTheSeverityOfItsKind() {
        AlertView a = raised();
        assertThat(a.status()).isEqualTo("open");
        assertThat(a.severity()).isEqualTo("warning");
        assertThat(a.raisedAt()).isEqualTo(t0);
        assertThat(a.updatedAt()).isEqualTo(t0);
        assertThat(AlertChanges.raised("a2", "sla-breached", new AlertChanges.Subject("backorder", "b1", null, "c1",
                null), "t", null, t0).severity()).isEqualTo("critical");
    }

    @Test
    void canAcknowledgeThenResolveKeepingWhoDidWhatAndTheNote() {
        AlertView acknowledged = AlertChanges.acknowledged(raised(), "u1", t0.plusSeconds(60), "on it");
        AlertView resolved = AlertChanges.resolved(acknowledged, AlertChanges.SYSTEM, t0.plusSeconds(120), null);
        assertThat(resolved.status()).isEqualTo("resolved");
        assertThat(resolved.acknowledgedBy()).isEqualTo("u1");
        assertThat(resolved.acknowledgedAt()).isEqualTo(t0.plusSeconds(60));
        assertThat(resolved.resolvedBy()).isEqualTo("system");
        assertThat(resolved.resolvedAt()).isEqualTo(t0.plusSeconds(120));
        assertThat(resolved.note()).isEqualTo("on it");
        assertThat(resolved.updatedAt()).isEqualTo(t0.plusSeconds(120));
    }

    @Test
    void cannotAcknowledgeOrResolveWhatItsStatusNoLongerAllows() {
        AlertView acknowledged = AlertChanges.acknowledged(raised(), "u1", t0, null);
        assertThat(AlertChanges.acknowledged(acknowledged, "u2", t0.plusSeconds(1), "again")).isSameAs(acknowledged);
        AlertView resolved = AlertChanges.resolved(acknowledged, "u1", t0.plusSeconds(2), null);
        assertThat(AlertChanges.resolved(resolved, "system", t0.plusSeconds(3), null)).isSameAs(resolved);
        assertThat(AlertChanges.acknowledged(resolved, "u2", t0.plusSeconds(4), null)).isSameAs(resolved);
    }

    @Test
    void canCountFailedSignInsInsideTheirWindowOnly() {
        SignInFailureWindow window = new SignInFailureWindow(3, Duration.ofMinutes(10));
        List<Instant> failures = new ArrayList<>();
        failures = window.after(failures, t0);
        failures = window.after(failures, t0.plus(Duration.ofMinutes(9)));
        assertThat(window.alerts(failures)).isFalse();
        failures = window.after(failures, t0.plus(Duration.ofMinutes(11)));
        assertThat(failures).as("the first is out of the window").hasSize(2);
        assertThat(window.alerts(failures)).isFalse();
        failures = window.after(failures, t0.plus(Duration.ofMinutes(12)));
        assertThat(window.alerts(failures)).isTrue();
        assertThat(window.describe(failures)).startsWith("3 failed sign-ins within 10 minutes");
        for (int i = 13; i < 18; i++) {
            failures = window.after(failures, t0.plus(Duration.ofMinutes(i)));
        }
        assertThat(failures).as("no more kept than the threshold").hasSize(3);
    }
}
