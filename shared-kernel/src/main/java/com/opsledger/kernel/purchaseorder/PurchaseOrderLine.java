package com.opsledger.kernel.purchaseorder;

import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.Quantity;

import java.time.LocalDate;

public record PurchaseOrderLine(String lineId, String productId, Quantity quantity, Money unitPrice,
                                LocalDate expectedDate) {
}
