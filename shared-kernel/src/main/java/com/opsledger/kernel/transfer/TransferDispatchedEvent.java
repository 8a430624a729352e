package com.opsledger.kernel.transfer;

import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record TransferDispatchedEvent(String transferId, String fromWarehouseId, String toWarehouseId,
                                      List<DispatchedLine> lines) implements TransferEvent {
}
