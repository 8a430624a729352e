package com.opsledger.kernel.stockitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Ships a reservation out: the reserved quantity leaves on-hand stock. */
public record IssueReservationCommand(@TargetAggregateIdentifier String stockItemId, String reservationId,
                                      @TargetAggregateVersion Long expectedVersion) {
}
