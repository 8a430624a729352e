package com.opsledger.command.lookup;

import java.time.LocalDate;

/**
 * When received goods expire: the date given with them, otherwise, for a perishable product with a known shelf life,
 * the receipt date plus that shelf life; otherwise none. One rule for every receipt, on a purchase order or directly
 * on a stock item.
 */
public final class ProductShelfLife {

    private ProductShelfLife() {
    }

    /** The expiry date of goods of {@code productId} received on {@code receivedOn} (null: not known). */
    public static LocalDate expiryOf(ProductFacts facts, String productId, LocalDate receivedOn, LocalDate given) {
        if (given != null || receivedOn == null) {
            return given;
        }
        return facts.of(productId)
                .filter(ProductFacts.Facts::perishable)
                .map(ProductFacts.Facts::shelfLifeDays)
                .filter(days -> days != null && days >= 0)
                .map(receivedOn::plusDays)
                .orElse(null);
    }
}
