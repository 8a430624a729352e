package com.opsledger.kernel.transfer;

import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record TransferGoodsReceivedEvent(String transferId, String receiptId, String toWarehouseId,
                                         List<TransferArrival> arrivals, String statusAfter) implements TransferEvent {
}
