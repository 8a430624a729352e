package com.opsledger.kernel.route;

import java.math.BigDecimal;
import java.time.Instant;

public record RoutePositionView(BigDecimal latitude, BigDecimal longitude, Instant at, BigDecimal speedKmh) {
}
