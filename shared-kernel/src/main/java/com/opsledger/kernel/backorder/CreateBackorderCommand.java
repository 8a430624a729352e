package com.opsledger.kernel.backorder;

import com.opsledger.kernel.common.BusinessDates;
import com.opsledger.kernel.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record CreateBackorderCommand(@TargetAggregateIdentifier String backorderId, String orderId, String lineId,
                                     String customerId, String productId, String warehouseId, String stockItemId,
                                     BigDecimal quantity, String unit, int priority, Instant slaDueDate,
                                     LocalDate eta, String etaBasis, Instant orderPlacedAt, Money unitPrice,
                                     String supplierId) {

    public CreateBackorderCommand {
        BusinessDates.require("eta", eta);
    }

    /** A backorder without a price or a supplier. */
    public CreateBackorderCommand(String backorderId, String orderId, String lineId, String customerId,
                                  String productId, String warehouseId, String stockItemId, BigDecimal quantity,
                                  String unit, int priority, Instant slaDueDate, LocalDate eta, String etaBasis,
                                  Instant orderPlacedAt) {
        this(backorderId, orderId, lineId, customerId, productId, warehouseId, stockItemId, quantity, unit, priority,
                slaDueDate, eta, etaBasis, orderPlacedAt, null, null);
    }
}
