package com.opsledger.kernel.route;

import java.time.LocalDate;
import java.util.List;

public record DeliveryReportView(String groupBy, LocalDate from, LocalDate to, List<DeliveryReportGroupView> groups) {
}
