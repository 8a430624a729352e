package com.opsledger.kernel.transfer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Receives goods of a transfer at its destination, partly or wholly, onto the destination's stock items. */
public record ReceiveTransferCommand(@TargetAggregateIdentifier String transferId, String receiptId,
                                     List<TransferReceiptLine> lines) {
}
