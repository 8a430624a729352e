package com.opsledger.command.purchaseorder;

import com.opsledger.command.lookup.ProductFacts;
import com.opsledger.command.lookup.ProductShelfLife;

import java.time.LocalDate;

/**
 * When a delivered batch expires: the date the supplier gave, otherwise, for a perishable product with a known shelf
 * life, the receipt date plus that shelf life ({@link ProductShelfLife}). A perishable delivery is never refused for
 * lacking a date; when it names no batch either, the receipt becomes its batch, so that the date has somewhere to live.
 */
record ShelfLife(ProductFacts facts, String receiptId, LocalDate receivedOn) {

    /** The expiry date of a line: given, or derived from the product's shelf life (null when neither). */
    LocalDate expiryOf(String productId, LocalDate given) {
        return ProductShelfLife.expiryOf(facts, productId, receivedOn, given);
    }

    /** The batch of a line: given, or the receipt when only a derived expiry date needs one. */
    String batchOf(String given, LocalDate givenExpiry, LocalDate expiry) {
        if (given != null || expiry == null || givenExpiry != null) {
            return given;
        }
        return receiptId;
    }
}
