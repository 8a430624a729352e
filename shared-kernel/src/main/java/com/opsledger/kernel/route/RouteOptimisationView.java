package com.opsledger.kernel.route;

import java.math.BigDecimal;

public record RouteOptimisationView(String objective, BigDecimal distanceBeforeKm, BigDecimal distanceAfterKm,
                                    long durationBeforeMinutes, long durationAfterMinutes) {
}
