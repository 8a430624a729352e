package com.opsledger.kernel.transfer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a transfer whose goods did not all arrive: what is missing is recorded as lost in transfer. */
public record RecordTransferDiscrepancyCommand(@TargetAggregateIdentifier String transferId, String note) {
}
