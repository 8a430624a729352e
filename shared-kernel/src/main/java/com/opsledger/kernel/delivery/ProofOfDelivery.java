package com.opsledger.kernel.delivery;

/** A file of a proof of delivery (signature, photo), kept outside events: its content hash, type and size. */
public record ProofOfDelivery(String contentHash, String mediaType, long size) {
}
