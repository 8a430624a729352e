package com.opsledger.kernel.stockitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ReleaseReservationCommand(@TargetAggregateIdentifier String stockItemId, String reservationId,
                                        @TargetAggregateVersion Long expectedVersion) {
}
