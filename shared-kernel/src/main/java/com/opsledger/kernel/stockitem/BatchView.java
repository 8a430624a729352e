package com.opsledger.kernel.stockitem;

import java.math.BigDecimal;
import java.time.LocalDate;

public record BatchView(String batch, LocalDate expiryDate, BigDecimal quantity) {
}
