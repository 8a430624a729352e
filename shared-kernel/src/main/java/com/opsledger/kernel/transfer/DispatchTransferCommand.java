package com.opsledger.kernel.transfer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issues a requested transfer's reserved stock from the source: the goods are in transit. */
public record DispatchTransferCommand(@TargetAggregateIdentifier String transferId) {
}
