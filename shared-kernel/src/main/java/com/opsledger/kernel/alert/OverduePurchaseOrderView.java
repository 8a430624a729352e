package com.opsledger.kernel.alert;

import java.time.LocalDate;

public record OverduePurchaseOrderView(String purchaseOrderId, String number, String supplierId, String warehouseId,
                                       LocalDate expectedDate) {
}
