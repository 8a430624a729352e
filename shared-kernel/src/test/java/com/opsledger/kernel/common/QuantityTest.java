package com.opsledger.kernel.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class QuantityTest {

    @Test
    void canHoldUpToABillionUnitsWithThreeDecimals() {
        assertThat(Quantity.of(new BigDecimal("1000000000"), "kg").amount()).isEqualByComparingTo("1000000000");
        assertThat(Quantity.of(new BigDecimal("-1000000000"), "kg").amount()).isEqualByComparingTo("-1000000000");
        assertThat(Quantity.of(new BigDecimal("999999999.999"), "kg").amount().scale()).isEqualTo(3);
    }

    @Test
    void cannotHoldMoreThanABillionUnits() {
        assertThatThrownBy(() -> Quantity.of(new BigDecimal("10000000000000000"), "kg"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("quantity must be between -1000000000 and 1000000000");
        assertThatThrownBy(() -> Quantity.of(new BigDecimal("1000000000.001"), "kg"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Quantity.of(new BigDecimal("600000000"), "kg")
                .plus(Quantity.of(new BigDecimal("600000000"), "kg")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesAbsurdExponentsAtOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (String absurd : new String[]{"1e200000000", "1e999999999", "-1e999999999", "1e-999999999"}) {
                assertThatThrownBy(() -> Quantity.of(new BigDecimal(absurd), "kg"))
                        .as(absurd).isInstanceOf(InvalidValueException.class);
            }
        });
    }

    @Test
    void cannotHaveMoreThanThreeDecimals() {
        assertThatThrownBy(() -> Quantity.of(new BigDecimal("1.2345"), "kg"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("quantity has more than 3 decimal places");
    }
}
