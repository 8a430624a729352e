package com.opsledger.kernel.qualitycheck;

import java.time.Instant;

/**
 * Quality figures of the checks opened in [{@code from}, {@code to}) (either open-ended), grouped by supplier,
 * product, checkType or warehouse, with a series by {@code interval} (day, week, month); within the asker's scope.
 */
public record QualityReportQuery(String groupBy, Instant from, Instant to, String interval,
                                 String scopeSupplierId) {
}
