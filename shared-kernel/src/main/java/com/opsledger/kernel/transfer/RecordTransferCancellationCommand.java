package com.opsledger.kernel.transfer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a transfer's cancellation; answers its lines, whose reservations are to be released. */
public record RecordTransferCancellationCommand(@TargetAggregateIdentifier String transferId, String reason) {
}
