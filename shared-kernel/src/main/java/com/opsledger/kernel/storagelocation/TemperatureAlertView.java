package com.opsledger.kernel.storagelocation;

import java.math.BigDecimal;
import java.time.Instant;

/** status: open (excursion going on or not yet acknowledged), acknowledged (seen, excursion going on), resolved. */
public record TemperatureAlertView(String id, String kind, String status, String storageLocationId,
                                   String warehouseId, String sensorId, Instant startedAt, Instant confirmedAt,
                                   Instant endedAt, BigDecimal temperatureC, BigDecimal peakTemperatureC,
                                   BigDecimal temperatureMinC, BigDecimal temperatureMaxC, String acknowledgedBy,
                                   Instant acknowledgedAt, String note, Instant resolvedAt) {
}
