package com.opsledger.kernel.purchaseorder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record PurchaseOrderView(String id, String number, String supplierId, String warehouseId,
                                PurchaseOrderStatus status, List<PurchaseOrderLineView> lines, BigDecimal subtotal,
                                BigDecimal discount, BigDecimal tax, BigDecimal total, String currency,
                                LocalDate expectedDate, String approvedBy, String origin,
                                List<PurchaseOrderHistoryView> history, long version, Instant createdAt,
                                Instant updatedAt) {
}
