package com.opsledger.kernel.purchaseorder;

import java.time.Instant;
import java.util.List;

public record SpendingReportView(String groupBy, Instant from, Instant to, List<SpendingGroupView> groups) {
}
