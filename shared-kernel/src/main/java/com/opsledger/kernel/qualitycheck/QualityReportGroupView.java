package com.opsledger.kernel.qualitycheck;

import java.util.List;

/** One group of a quality report ({@code key}: a supplier, product, check type or warehouse) and its series. */
public record QualityReportGroupView(String key, QualityFiguresView figures, List<QualityReportPointView> series) {
}
