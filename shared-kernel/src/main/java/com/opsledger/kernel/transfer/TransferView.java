package com.opsledger.kernel.transfer;

import com.opsledger.kernel.common.Versioned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record TransferView(String id, String number, String status, String fromWarehouseId, String toWarehouseId,
                           String reason, LocalDate expectedDate, List<TransferLineView> lines, long version,
                           Instant createdAt, Instant updatedAt) implements Versioned {
}
