package com.opsledger.command.stockitem;

import com.opsledger.command.lookup.ProductFacts;
import com.opsledger.command.lookup.ProductShelfLife;
import com.opsledger.kernel.stockitem.BatchQuantity;
import com.opsledger.kernel.stockitem.Lot;

import java.time.LocalDate;

/**
 * The lot of a receipt recorded on a stock item: the batch and expiry date given; or, for a perishable product with a
 * known shelf life received without an expiry date, the receipt date plus that shelf life, the rule of purchase order
 * receipts ({@link ProductShelfLife}). That date needs a batch: the one given, else one named after the receipt date
 * ({@code R-2030-05-02}). A batch already in stock keeps its own date, so such a receipt is never refused for it.
 */
final class ReceiptShelfLife {

    static final String BATCH_PREFIX = "R-";

    private ReceiptShelfLife() {
    }

    static Lot lotOf(Batches batches, ProductFacts facts, String productId, String batch, LocalDate expiryDate,
                     LocalDate receivedOn) {
        LocalDate derived = expiryDate != null ? null
                : ProductShelfLife.expiryOf(facts, productId, receivedOn, null);
        if (derived == null) {
            return Lot.of(batch, expiryDate);
        }
        String named = batch != null ? batch : BATCH_PREFIX + receivedOn;
        for (BatchQuantity held : batches.held()) {
            if (named.equals(held.batch())) {
                return new Lot(named, held.expiryDate());
            }
        }
        return new Lot(named, derived);
    }
}
