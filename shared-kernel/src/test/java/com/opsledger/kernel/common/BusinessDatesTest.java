package com.opsledger.kernel.common;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessDatesTest {

    @Test
    void canTakeDatesFrom1900To2999AndNone() {
        assertThat(BusinessDates.require("d", LocalDate.of(1900, 1, 1))).isEqualTo("1900-01-01");
        assertThat(BusinessDates.require("d", LocalDate.of(2999, 12, 31))).isEqualTo("2999-12-31");
        assertThat(BusinessDates.require("d", (LocalDate) null)).isNull();
        assertThat(BusinessDates.require("t", Instant.parse("2999-12-31T23:59:59Z"))).isNotNull();
    }

    @Test
    void cannotTakeDatesOutsideThoseYears() {
        assertThatThrownBy(() -> BusinessDates.require("requestedDate", LocalDate.MAX))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("requestedDate must be between 1900-01-01 and 2999-12-31");
        assertThatThrownBy(() -> BusinessDates.require("d", LocalDate.of(1899, 12, 31)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> BusinessDates.require("from", Instant.parse("+294277-01-01T00:00:00Z")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("from must be between");
        assertThatThrownBy(() -> BusinessDates.require("to", Instant.parse("3000-01-01T00:00:00Z")))
                .isInstanceOf(InvalidValueException.class);
    }
}
