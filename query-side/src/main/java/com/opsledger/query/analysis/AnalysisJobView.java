package com.opsledger.query.analysis;

import java.math.BigDecimal;
import java.time.Instant;

/** A what-if running in the background: {@code running}, {@code done} (with its result) or {@code failed}. */
public record AnalysisJobView(String id, String status, BigDecimal progress, Instant startedAt, Instant finishedAt,
                              WhatIfView result, String failure) {
}
