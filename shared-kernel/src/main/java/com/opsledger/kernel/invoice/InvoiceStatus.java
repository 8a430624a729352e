package com.opsledger.kernel.invoice;

/**
 * Where a supplier invoice stands: matched against its purchase order it may be paid; a mismatch waits until
 * someone accepts it (or it is rejected); payments move it to partially paid and paid.
 */
public enum InvoiceStatus {
    MATCHED, MISMATCHED, ACCEPTED, REJECTED, PARTIALLY_PAID, PAID
}
