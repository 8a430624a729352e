package com.opsledger.kernel.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** Stock was reserved for a line, straight away or through its backorder ({@code backorderId} then set). */
public record RecordLineReservationCommand(@TargetAggregateIdentifier String orderId, String lineId,
                                           String reservationId, BigDecimal quantity, String backorderId) {
}
