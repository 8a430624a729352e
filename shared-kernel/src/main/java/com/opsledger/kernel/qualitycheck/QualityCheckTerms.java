package com.opsledger.kernel.qualitycheck;

import java.util.List;

/** The words of a quality check as the API and the events spell them. */
public final class QualityCheckTerms {

    public static final List<String> CHECK_TYPES = List.of("incoming", "storage", "pre-dispatch", "random");
    public static final List<String> STATUSES = List.of("open", "passed", "rejected", "cancelled");
    public static final List<String> DECISIONS = List.of("pass", "reject");
    public static final List<String> DISPOSITIONS = List.of("release", "write-off", "return-to-supplier");
    public static final List<String> CRITERIA = List.of("appearance", "freshness", "sizeUniformity", "color",
            "texture", "aroma");
    public static final List<String> GRADES = List.of("excellent", "very-good", "good", "fair", "poor");

    public static final String RELEASE = "release";
    public static final String WRITE_OFF = "write-off";
    public static final String RETURN_TO_SUPPLIER = "return-to-supplier";

    private QualityCheckTerms() {
    }
}
