package com.opsledger.kernel.stockitem;

import java.time.LocalDate;

/** The batch stock was received in, with its expiry date if it has one: an expiry date never comes without a batch. */
public record Lot(String batch, LocalDate expiryDate) {

    /** The lot of a receipt; null when the stock came without a batch. */
    public static Lot of(String batch, LocalDate expiryDate) {
        return batch == null ? null : new Lot(batch, expiryDate);
    }
}
