package com.opsledger.kernel.transfer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Opens the record of a requested transfer (its reservations are made alongside, in the same transaction). */
public record OpenTransferCommand(@TargetAggregateIdentifier String transferId, String number,
                                  String fromWarehouseId, String toWarehouseId, List<TransferLineSpec> lines,
                                  String reason, LocalDate expectedDate) {
}
