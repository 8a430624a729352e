package com.opsledger.kernel.replenishment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TransferFirstRuleTest {

    @Test
    void canProposeATransferFromAWarehouseWithSurplusAndPurchaseOnlyTheRest() {
        ReplenishmentSplit split = TransferFirstRule.split("B", n("12"), List.of(source("A", "10", "8")));

        assertThat(split.shortfall()).isEqualByComparingTo("12");
        assertThat(split.transfers()).hasSize(1);
        ProposedTransfer transfer = split.transfers().get(0);
        assertThat(transfer.fromWarehouseId()).isEqualTo("A");
        assertThat(transfer.quantity()).isEqualByComparingTo("8");
        assertThat(transfer.available()).isEqualByComparingTo("10");
        assertThat(transfer.surplus()).isEqualByComparingTo("8");
        assertThat(split.purchase()).isEqualByComparingTo("4");
    }

    @Test
    void canCoverTheWholeShortfallByTransferAndPurchaseNothing() {
        ReplenishmentSplit split = TransferFirstRule.split("B", n("5"), List.of(source("A", "30", "20")));

        assertThat(split.transfers()).extracting(ProposedTransfer::quantity).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(n("5"));
        assertThat(split.purchase()).isZero();
    }

    @Test
    void canTakeFromTheLargestSurplusFirstAndThenTheNext() {
        ReplenishmentSplit split = TransferFirstRule.split("B", n("13"), List.of(source("D", "5", "3"),
                source("A", "9", "6"), source("C", "4", "3")));

        assertThat(split.transfers()).extracting(ProposedTransfer::fromWarehouseId).as("equal surplus by warehouse id")
                .containsExactly("A", "C", "D");
        assertThat(split.transfers()).extracting(ProposedTransfer::quantity).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(n("6"), n("3"), n("3"));
        assertThat(split.purchase()).as("the rest once every surplus is used").isEqualByComparingTo("1");
    }

    @Test
    void cannotProposeATransferFromTheWarehouseItselfNorFromOneWithoutSurplus() {
        ReplenishmentSplit split = TransferFirstRule.split("B", n("7"), List.of(source("B", "50", "50"),
                source("A", "5", "0")));

        assertThat(split.transfers()).isEmpty();
        assertThat(split.purchase()).isEqualByComparingTo("7");
    }

    @Test
    void cannotProposeAnythingWithoutAShortfall() {
        ReplenishmentSplit split = TransferFirstRule.split("B", BigDecimal.ZERO, List.of(source("A", "9", "9")));

        assertThat(split.transfers()).isEmpty();
        assertThat(split.purchase()).isZero();
    }

    @Test
    void canCountWhatIsOnOrderAndIncomingByTransferAgainstTheOpenBackorders() {
        assertThat(TransferFirstRule.shortfall(n("12"), n("4"), n("3"))).isEqualByComparingTo("5");
        assertThat(TransferFirstRule.shortfall(n("12"), n("4"), n("8"))).as("covered, never negative").isZero();
        assertThat(TransferFirstRule.shortfall(n("2.5"), null, null)).isEqualByComparingTo("2.5");
    }

    @Test
    void canKeepTheReorderPointAndTheWarehousesOwnBackordersOutOfTheSurplus() {
        assertThat(TransferFirstRule.surplus(n("30"), n("10"), n("5"))).isEqualByComparingTo("15");
        assertThat(TransferFirstRule.surplus(n("30"), n("10"), n("25"))).as("its own needs first").isZero();
        assertThat(TransferFirstRule.surplus(n("8"), BigDecimal.ZERO, BigDecimal.ZERO)).isEqualByComparingTo("8");
    }

    private static SurplusStock source(String warehouseId, String available, String surplus) {
        return new SurplusStock(warehouseId, n(available), n(surplus));
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }
}
