package com.opsledger.kernel.supplier;

import java.math.BigDecimal;

public record SupplierProductView(String productId, BigDecimal price, String currency, int leadTimeDays) {
}
