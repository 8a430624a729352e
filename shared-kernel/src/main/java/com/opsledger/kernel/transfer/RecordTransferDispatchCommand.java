package com.opsledger.kernel.transfer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Records on the transfer what its dispatch issued from the source, batch by batch. */
public record RecordTransferDispatchCommand(@TargetAggregateIdentifier String transferId, List<DispatchedLine> lines) {
}
