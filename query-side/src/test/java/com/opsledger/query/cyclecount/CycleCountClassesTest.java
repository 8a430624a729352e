package com.opsledger.query.cyclecount;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CycleCountClassesTest {

    private final CycleCountClasses classes = new CycleCountClasses(new BigDecimal("80"), new BigDecimal("15"));

    @Test
    void canClassTheItemsThatMoveMostValueAThenBThenC() {
        Map<String, BigDecimal> moved = new LinkedHashMap<>();
        moved.put("small", new BigDecimal("40"));
        moved.put("big", new BigDecimal("700"));
        moved.put("second", new BigDecimal("150"));
        moved.put("third", new BigDecimal("100"));
        moved.put("tiny", new BigDecimal("10"));
        moved.put("still", BigDecimal.ZERO);

        assertThat(classes.classify(moved)).containsExactlyInAnyOrderEntriesOf(Map.of("big", "A", "second", "A",
                "third", "B", "small", "C", "tiny", "C", "still", "C"));
    }

    @Test
    void canClassEverythingCWhenNothingMovedAnyValue() {
        assertThat(classes.classify(Map.of("a", BigDecimal.ZERO, "b", BigDecimal.ZERO)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", "C", "b", "C"));
    }
}
