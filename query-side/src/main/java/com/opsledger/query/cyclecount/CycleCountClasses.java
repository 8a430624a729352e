package com.opsledger.query.cyclecount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ABC classes by the value moved: ranked by value, the items that make up the first {@code aShare} per cent of the
 * total are A, those up to {@code aShare + bShare} per cent B, the rest C. An item is classed by where its own value
 * starts in the running total, so the item that crosses a boundary still belongs to the class it starts in; items
 * that moved no value are C.
 */
record CycleCountClasses(BigDecimal aShare, BigDecimal bShare) {

    Map<String, String> classify(Map<String, BigDecimal> valueMoved) {
        BigDecimal total = valueMoved.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, String> classes = new LinkedHashMap<>();
        List<Map.Entry<String, BigDecimal>> ranked = valueMoved.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey())).toList();
        BigDecimal before = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> item : ranked) {
            if (total.signum() == 0 || item.getValue().signum() <= 0) {
                classes.put(item.getKey(), "C");
                continue;
            }
            BigDecimal startsAt = before.multiply(BigDecimal.valueOf(100)).divide(total, 6, RoundingMode.HALF_UP);
            classes.put(item.getKey(), startsAt.compareTo(aShare) < 0 ? "A"
                    : startsAt.compareTo(aShare.add(bShare)) < 0 ? "B" : "C");
            before = before.add(item.getValue());
        }
        return classes;
    }
}
