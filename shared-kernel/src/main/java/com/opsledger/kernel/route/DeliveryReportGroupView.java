package com.opsledger.kernel.route;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One group of a delivery report: its routes and their stops, how many were delivered and inside their time slot
 * ({@code onTimeRate} null while none was delivered), failures by reason, distance planned and driven, and the load
 * carried against the capacity offered ({@code loadFactor}, null without capacity), of which {@code unweighedDeliveries}
 * deliveries counted 0 kg for some product without a weight (so the load is at least what is shown).
 */
public record DeliveryReportGroupView(String key, long routes, long deliveries, long delivered, BigDecimal onTimeRate,
                                      Map<String, Long> failuresByReason, BigDecimal plannedKm, BigDecimal drivenKm,
                                      BigDecimal loadKg, BigDecimal capacityKg, BigDecimal loadFactor,
                                      long unweighedDeliveries) {
}
