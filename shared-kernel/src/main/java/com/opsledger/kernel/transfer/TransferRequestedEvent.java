package com.opsledger.kernel.transfer;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record TransferRequestedEvent(String transferId, String number, String fromWarehouseId, String toWarehouseId,
                                     List<TransferLine> lines, String reason, LocalDate expectedDate)
        implements TransferEvent {
}
