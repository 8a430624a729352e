package com.opsledger.kernel.delivery;

/**
 * The 6-digit code a customer gives the driver as proof of delivery: derived from the delivery with a key of the
 * server's, so that it is never stored, only its keyed hash (what a delivery compares a given code with).
 */
public interface ProofCodes {

    int LENGTH = 6;

    /** The code of this delivery, as sent to its customer. */
    String code(String deliveryId);

    /** The keyed hash of {@code code} for this delivery. */
    String hash(String deliveryId, String code);
}
