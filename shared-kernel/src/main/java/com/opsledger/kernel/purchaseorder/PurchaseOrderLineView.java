package com.opsledger.kernel.purchaseorder;

import java.math.BigDecimal;
import java.time.LocalDate;

public record PurchaseOrderLineView(String lineId, String productId, BigDecimal quantity, BigDecimal received,
                                    BigDecimal unitPrice, LocalDate expectedDate, String unit) {
}
