package com.opsledger.query.web;

import com.opsledger.kernel.common.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParametersTest {

    @Test
    void readsAnOptionalInstant() {
        assertThat(QueryParameters.instant("from", null)).isNull();
        assertThat(QueryParameters.instant("from", " ")).isNull();
        assertThat(QueryParameters.instant("from", "2026-01-31T00:00:00Z"))
                .isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
        assertThatThrownBy(() -> QueryParameters.instant("from", "yesterday"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("from");
    }

    @Test
    void acceptsOnlyTheAllowedValues() {
        assertThat(QueryParameters.oneOf("status", null, List.of("a", "b"))).isNull();
        assertThat(QueryParameters.oneOf("status", "b", List.of("a", "b"))).isEqualTo("b");
        assertThatThrownBy(() -> QueryParameters.oneOf("status", "c", List.of("a", "b")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("must be one of a, b");
    }

    @Test
    void readsAnEnumConstantInAnyCaseWithDashes() {
        ChronoUnit none = QueryParameters.constant("unit", "", ChronoUnit::valueOf, "...");
        ChronoUnit halfDays = QueryParameters.constant("unit", " half-days ", ChronoUnit::valueOf, "...");
        assertThat(none).isNull();
        assertThat(halfDays).isEqualTo(ChronoUnit.HALF_DAYS);
        assertThatThrownBy(() -> QueryParameters.constant("unit", "ages", ChronoUnit::valueOf, "SECONDS, DAYS"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("must be one of SECONDS, DAYS");
    }
}
