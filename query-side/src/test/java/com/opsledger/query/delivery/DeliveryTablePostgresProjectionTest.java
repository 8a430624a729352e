package com.opsledger.query.delivery;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.Scope;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.delivery.DeliveryCreatedEvent;
import com.opsledger.kernel.delivery.DeliveryDeliveredEvent;
import com.opsledger.kernel.delivery.DeliveryDispatchedEvent;
import com.opsledger.kernel.delivery.DeliveryLine;
import com.opsledger.kernel.delivery.DeliveryProofCodeRejectedEvent;
import com.opsledger.kernel.delivery.DeliveryScheduledEvent;
import com.opsledger.kernel.delivery.DeliveryView;
import com.opsledger.kernel.delivery.ProofOfDelivery;
import com.opsledger.kernel.delivery.TimeSlot;
import com.opsledger.query.audit.RecordEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A delivery's view follows its events, for the read model and its past alike; who may see it follows its owner. */
class DeliveryTablePostgresProjectionTest {

    private final DeliveryTablePostgresProjection delivery = new DeliveryTablePostgresProjection(null, null);
    private final Instant t0 = Instant.parse("2030-01-15T08:00:00Z");
    private final List<DeliveryLine> lines = List.of(new DeliveryLine("l1", "p1", "s1",
            Quantity.of(BigDecimal.TEN, "pcs"), List.of("r1")));

    @Test
    void canFoldADeliveryFromPlannedToDeliveredWithItsProof() {
        DeliveryView d = delivery.evolve(null, new RecordEvent(new DeliveryCreatedEvent("d1", "DL-000001", "o1",
                "c1", "w1", lines, new TimeSlot(t0, t0.plusSeconds(7200)), "ring", true, true), 0, t0));
        assertThat(d.status()).isEqualTo("pending");
        assertThat(d.lines().get(0).quantity()).isEqualByComparingTo("10");
        d = delivery.evolve(d, new RecordEvent(new DeliveryScheduledEvent("d1", "rt1", 2, t0.plusSeconds(3600),
                "drv1", "v1"), 1, t0));
        assertThat(d.status()).isEqualTo("scheduled");
        assertThat(d.eta()).isEqualTo(t0.plusSeconds(3600));
        d = delivery.evolve(d, new RecordEvent(new DeliveryDispatchedEvent("d1", "o1", "c1", lines, "hash"), 2,
                t0.plusSeconds(60)));
        d = delivery.evolve(d, new RecordEvent(new DeliveryProofCodeRejectedEvent("d1", 1, false), 3, t0));
        d = delivery.evolve(d, new RecordEvent(new DeliveryDeliveredEvent("d1", "o1", "c1", lines, "Anna", true,
                new ProofOfDelivery("sha256:ab", "image/png", 10), null), 4, t0.plusSeconds(3000)));
        assertThat(d.status()).isEqualTo("delivered");
        assertThat(d.deliveredAt()).isEqualTo(t0.plusSeconds(3000));
        assertThat(d.proof().codeVerified()).isTrue();
        assertThat(d.proof().failedAttempts()).isEqualTo(1);
        assertThat(d.proof().signature()).isEqualTo("sha256:ab");
        assertThat(d.version()).isEqualTo(4);

        assertThat(delivery.visibleTo(held("c1", null), d)).isTrue();
        assertThat(delivery.visibleTo(held("c2", null), d)).isFalse();
        assertThat(delivery.visibleTo(held(null, "drv1"), d)).isTrue();
        assertThat(delivery.visibleTo(held(null, "drv2"), d)).isFalse();
        assertThat(DeliveryScopes.forCustomer(d).driverId()).isNull();
        assertThat(DeliveryScopes.forCustomer(d).routeId()).isNull();
    }

    private static Caller held(String customerId, String driverId) {
        return new Caller("u", "u", Set.of(), Set.of("audit:read"), customerId, null, driverId,
                Scope.heldTo(customerId, null, driverId));
    }
}
