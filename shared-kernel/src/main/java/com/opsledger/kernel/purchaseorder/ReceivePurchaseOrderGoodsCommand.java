package com.opsledger.kernel.purchaseorder;

import com.opsledger.kernel.common.BusinessDates;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** One delivery from the supplier, received on {@code receivedOn}. */
public record ReceivePurchaseOrderGoodsCommand(@TargetAggregateIdentifier String purchaseOrderId, String receiptId,
                                               List<ReceiptLineSpec> lines, LocalDate receivedOn) {

    public ReceivePurchaseOrderGoodsCommand {
        BusinessDates.require("receivedOn", receivedOn);
    }
}
