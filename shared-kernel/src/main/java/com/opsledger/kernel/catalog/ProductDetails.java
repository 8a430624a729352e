package com.opsledger.kernel.catalog;

import java.math.BigDecimal;

/** A product's {@link ProductAttributes} as asked for, unchecked; every field may be absent. */
public record ProductDetails(Boolean perishable, Integer shelfLifeDays, BigDecimal storageTemperatureMinC,
                             BigDecimal storageTemperatureMaxC, String inspection, BigDecimal weightKg,
                             BigDecimal price, BigDecimal cost, String currency) {

    public static final ProductDetails NONE = new ProductDetails(null, null, null, null, null, null, null, null, null);
}
