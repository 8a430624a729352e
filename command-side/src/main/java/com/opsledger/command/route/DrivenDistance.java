package com.opsledger.command.route;

import java.math.BigDecimal;

/** How far a route's vehicle went, along the positions it reported; null when it reported fewer than two. */
public interface DrivenDistance {

    BigDecimal drivenKm(String routeId);
}
