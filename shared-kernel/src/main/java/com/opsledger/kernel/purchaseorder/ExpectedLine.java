package com.opsledger.kernel.purchaseorder;

import com.opsledger.kernel.common.Quantity;

import java.time.LocalDate;

/** What a line is expected to bring where and when: what backorders need to know of a purchase order. */
public record ExpectedLine(String lineId, String productId, String warehouseId, Quantity quantity,
                           Quantity outstanding, LocalDate expectedDate) {
}
