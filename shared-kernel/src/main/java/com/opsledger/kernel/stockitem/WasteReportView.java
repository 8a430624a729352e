package com.opsledger.kernel.stockitem;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One group per key and currency: how many write-offs, their value (of those valued) and how many had no value;
 * {@code quantity} and {@code unit} only when grouped by product.
 */
public record WasteReportView(String groupBy, Instant from, Instant to, List<Group> groups) {

    public record Group(String key, String currency, long writeOffs, BigDecimal value, long unvalued,
                        BigDecimal quantity, String unit) {
    }
}
