package com.opsledger.command.backorder;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.opsledger.command.OrderFixtures.pcs;
import static org.assertj.core.api.Assertions.assertThat;

class AllocationPolicyTest {

    private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void servesPriorityThenDueDateThenAgeAndNeverMoreThanIsAvailable() {
        AllocationPolicy.Claim old = new AllocationPolicy.Claim("old", 100, T.plusSeconds(50), T, pcs(2));
        AllocationPolicy.Claim young = new AllocationPolicy.Claim("young", 100, T.plusSeconds(50), T.plusSeconds(9),
                pcs(2));
        AllocationPolicy.Claim urgent = new AllocationPolicy.Claim("urgent", 100, T.plusSeconds(10), T.plusSeconds(9),
                pcs(2));
        AllocationPolicy.Claim important = new AllocationPolicy.Claim("important", 300, T.plusSeconds(99),
                T.plusSeconds(99), pcs(2));

        assertThat(AllocationPolicy.allot(List.of(old, young, urgent, important), pcs(7)))
                .containsExactly(new AllocationPolicy.Allotment("important", pcs(2)),
                        new AllocationPolicy.Allotment("urgent", pcs(2)),
                        new AllocationPolicy.Allotment("old", pcs(2)),
                        new AllocationPolicy.Allotment("young", pcs(1)));
        assertThat(AllocationPolicy.allot(List.of(old), pcs(0))).isEmpty();
    }
}
