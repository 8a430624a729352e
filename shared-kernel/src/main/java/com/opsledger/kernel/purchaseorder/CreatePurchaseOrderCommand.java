package com.opsledger.kernel.purchaseorder;

import com.opsledger.kernel.common.BusinessDates;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A draft purchase order with the number drawn for it before it is sent. Rates are percentages, null means none. */
public record CreatePurchaseOrderCommand(@TargetAggregateIdentifier String purchaseOrderId, String supplierId,
                                         String warehouseId, String currency, List<PurchaseOrderLineSpec> lines,
                                         LocalDate expectedDate, BigDecimal taxRate, BigDecimal discountRate,
                                         String origin, String number) {

    public CreatePurchaseOrderCommand {
        BusinessDates.require("expectedDate", expectedDate);
    }
}
