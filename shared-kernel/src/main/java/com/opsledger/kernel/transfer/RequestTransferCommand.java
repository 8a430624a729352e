package com.opsledger.kernel.transfer;

import java.time.LocalDate;
import java.util.List;

/**
 * Asks for a transfer between two warehouses: the transfer is opened and each line's quantity reserved at the source,
 * all or nothing. Answers the transfer's id.
 */
public record RequestTransferCommand(String transferId, String number, String fromWarehouseId, String toWarehouseId,
                                     List<TransferLineSpec> lines, String reason, LocalDate expectedDate) {
}
