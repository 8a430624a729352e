package com.opsledger.command.delivery;

/** Keeps a file of a proof of delivery outside events, by its content hash, and answers that hash. */
public interface ProofFileStore {

    String store(String mediaType, byte[] content);
}
