package com.opsledger.kernel.transfer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels a transfer before dispatch: its reservations at the source are released. */
public record CancelTransferCommand(@TargetAggregateIdentifier String transferId, String reason) {
}
