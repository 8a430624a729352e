package com.opsledger.query.catalog;

import com.opsledger.kernel.catalog.ProductAttributes;
import com.opsledger.kernel.catalog.ProductView;
import com.opsledger.kernel.common.Money;

import java.math.BigDecimal;

/** A product's handling, weight, price and cost as the flat fields of its view. */
final class ProductAttributeColumns {

    private ProductAttributeColumns() {
    }

    /** {@code p} with the fields of {@code a} in place of its own. */
    static ProductView view(ProductView p, ProductAttributes a) {
        return new ProductView(p.id(), p.sku(), p.name(), p.unit(), p.reorderPoint(), p.leadTimeDays(),
                p.description(), p.category(), p.version(), p.createdAt(), p.updatedAt(), a.perishable(),
                a.shelfLifeDays(), plain(a.storageTemperatureMinC()), plain(a.storageTemperatureMaxC()),
                a.inspection(), plain(a.weightKg()), amount(a.price()), amount(a.cost()), a.currency());
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : plain(money.amount());
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
