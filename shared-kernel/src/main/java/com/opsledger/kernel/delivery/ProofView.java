package com.opsledger.kernel.delivery;

/**
 * The proof of a delivery: whether the customer's code was given (or a manager overrode a lock), the content hashes of
 * the signature and photo, and how many wrong codes were given.
 */
public record ProofView(boolean codeRequired, boolean codeVerified, int failedAttempts, boolean locked,
                        String overrideReason, String signature, String photo) {
}
