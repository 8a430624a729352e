package com.opsledger.query.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void canEstimateTheTimeLeftFromTheRateSoFar() {
        ReplayProgress progress = new ReplayProgress(0);
        assertThat(progress.etaSeconds(50, 150, 10 * SECOND)).isEqualTo(20);
        assertThat(progress.etaSeconds(150, 150, 30 * SECOND)).isZero();
    }

    @Test
    void cannotEstimateBeforeTheFirstEvent() {
        assertThat(new ReplayProgress(0).etaSeconds(0, 150, 10 * SECOND)).isNull();
    }
}
