package com.opsledger.kernel.purchaseorder;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record PurchaseOrderCreatedEvent(String purchaseOrderId, String number, String supplierId,
                                        String warehouseId, String currency, List<PurchaseOrderLine> lines,
                                        LocalDate expectedDate, BigDecimal taxRate, BigDecimal discountRate,
                                        PurchaseOrderTotals totals, String origin) implements PurchaseOrderEvent {
}
