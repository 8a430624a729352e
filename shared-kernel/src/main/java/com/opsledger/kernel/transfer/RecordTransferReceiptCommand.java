package com.opsledger.kernel.transfer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Records on the transfer what arrived; answers the arrivals to put on stock at the destination. */
public record RecordTransferReceiptCommand(@TargetAggregateIdentifier String transferId, String receiptId,
                                           List<TransferReceiptLine> lines) {
}
