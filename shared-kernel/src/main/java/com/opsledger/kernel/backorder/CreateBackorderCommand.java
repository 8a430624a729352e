package com.opsledger.kernel.backorder;

import com.opsledger.kernel.common.BusinessDates;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record CreateBackorderCommand(@TargetAggregateIdentifier String backorderId, String orderId, String lineId,
                                     String customerId, String productId, String warehouseId, String stockItemId,
                                     BigDecimal quantity, String unit, int priority, Instant slaDueDate,
                                     LocalDate eta, String etaBasis, Instant orderPlacedAt) {

    public CreateBackorderCommand {
        BusinessDates.require("eta", eta);
    }
}
