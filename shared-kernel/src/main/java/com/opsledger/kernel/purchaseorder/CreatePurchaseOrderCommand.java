package com.opsledger.kernel.purchaseorder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A draft purchase order; its number is drawn when it is created. Rates are percentages, null means none. */
public record CreatePurchaseOrderCommand(@TargetAggregateIdentifier String purchaseOrderId, String supplierId,
                                         String warehouseId, String currency, List<PurchaseOrderLineSpec> lines,
                                         LocalDate expectedDate, BigDecimal taxRate, BigDecimal discountRate,
                                         String origin) {
}
