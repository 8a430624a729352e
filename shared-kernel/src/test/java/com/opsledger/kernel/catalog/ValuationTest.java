package com.opsledger.kernel.catalog;

import com.opsledger.kernel.common.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ValuationTest {

    private static final Money COST = Money.of(new BigDecimal("2.40"), "EUR");
    private static final Money LAST_PRICE = Money.of(new BigDecimal("3.1234"), "USD");

    @Test
    void canValueAUnitAtTheProductsCostBeforeItsLastPurchasePrice() {
        assertThat(Valuation.unitValue(COST, LAST_PRICE)).contains(COST);
        assertThat(Valuation.unitValue(Money.zero("EUR"), LAST_PRICE)).contains(Money.zero("EUR"));
    }

    @Test
    void canValueAUnitAtTheLastPurchasePriceInItsOwnCurrencyWhereNoCostIsKnown() {
        assertThat(Valuation.unitValue(null, LAST_PRICE)).contains(LAST_PRICE);
    }

    @Test
    void cannotValueAProductWithNeitherCostNorPurchasePrice() {
        assertThat(Valuation.unitValue(null, null)).isEmpty();
        assertThat(Valuation.value(BigDecimal.TEN, Optional.empty())).isEmpty();
    }

    @Test
    void canValueAQuantityRoundedToTheCurrencysMinorUnitsKeepingItsSign() {
        assertThat(Valuation.value(new BigDecimal("2.5"), LAST_PRICE)).isEqualTo(Money.of(new BigDecimal("7.81"), "USD"));
        assertThat(Valuation.value(new BigDecimal("-3"), COST)).isEqualTo(Money.of(new BigDecimal("-7.20"), "EUR"));
    }
}
