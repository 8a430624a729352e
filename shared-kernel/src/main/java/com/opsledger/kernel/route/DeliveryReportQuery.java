package com.opsledger.kernel.route;

import java.time.LocalDate;

/** Delivery figures of the routes dated from {@code from} to {@code to} (inclusive; null for no bound). */
public record DeliveryReportQuery(String groupBy, LocalDate from, LocalDate to) {
}
