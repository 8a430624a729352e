package com.opsledger.kernel.route;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/** The route is back; {@code drivenKm} follows the positions it reported (null without any). */
@Revision("1")
public record RouteCompletedEvent(String routeId, BigDecimal drivenKm) implements RouteEvent {
}
