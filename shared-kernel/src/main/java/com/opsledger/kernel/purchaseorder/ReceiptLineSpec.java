package com.opsledger.kernel.purchaseorder;

import java.math.BigDecimal;
import java.time.LocalDate;

public record ReceiptLineSpec(String lineId, BigDecimal quantity, String batch, LocalDate expiryDate,
                              String qualityGrade) {
}
