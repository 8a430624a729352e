package com.opsledger.kernel.replenishment;

import com.opsledger.kernel.transfer.TransferLineSpec;

import java.util.List;

/** A proposed transfer as the body of {@code POST /api/v1/transfers}, ready to be requested as it is. */
public record ProposedTransferRequest(String fromWarehouseId, String toWarehouseId, List<TransferLineSpec> lines,
                                      String reason) {
}
