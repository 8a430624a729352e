package com.opsledger.kernel.stockitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ships a reservation out from the named {@code batch} (first expiry first out when it is null); answers the batches
 * the stock was taken from, with their expiry dates, so that they can travel with the goods.
 */
public record IssueReservationFromBatchCommand(@TargetAggregateIdentifier String stockItemId, String reservationId,
                                               String batch) {
}
