package com.opsledger.kernel.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void canKeepPricesExactToFourPlacesAndRoundTotalsToTheCurrencysMinorUnits() {
        Money price = Money.of(new BigDecimal("33.3333"), "eur");
        assertThat(price.currency()).isEqualTo("EUR");
        assertThat(price.times(new BigDecimal("3"))).isEqualTo(Money.of(new BigDecimal("100.00"), "EUR"));
        assertThat(Money.of(new BigDecimal("0.125"), "EUR").rounded().amount()).isEqualByComparingTo("0.13");
        assertThat(Money.of(new BigDecimal("1050"), "JPY").percent(new BigDecimal("10")).amount())
                .isEqualByComparingTo("105");
    }

    @Test
    void canCompareAmountsWrittenWithDifferentScales() {
        assertThat(Money.of(new BigDecimal("12.5"), "EUR")).isEqualTo(Money.of(new BigDecimal("12.50"), "EUR"));
    }

    @Test
    void cannotMixCurrenciesNorUseAnUnknownOneNorFivePlaces() {
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, "EUR").plus(Money.of(BigDecimal.ONE, "USD")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, "EURO")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.of(new BigDecimal("0.00001"), "EUR")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void cannotHoldMoreThanATrillionNorAnAbsurdExponent() {
        assertThat(Money.of(new BigDecimal("1000000000000"), "EUR").amount()).isEqualByComparingTo("1000000000000");
        assertThatThrownBy(() -> Money.of(new BigDecimal("1000000000000.01"), "EUR"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("amount must be between -1000000000000 and 1000000000000");
        assertThatThrownBy(() -> Money.of(new BigDecimal("1e999999999"), "EUR"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.of(new BigDecimal("1e-999999999"), "EUR"))
                .isInstanceOf(InvalidValueException.class);
    }
}
