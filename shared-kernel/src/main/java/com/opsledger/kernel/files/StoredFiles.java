package com.opsledger.kernel.files;

import java.util.Optional;
import java.util.Set;

/**
 * Files kept by the hash of their content (photos of a check, proofs of delivery): the same bytes are kept once, and
 * events name a file by its hash, size and type, never carry it. The type is read from the content, never the name.
 */
public interface StoredFiles {

    String JPEG = "image/jpeg";
    String PNG = "image/png";
    Set<String> IMAGES = Set.of(JPEG, PNG);

    /** A file as kept: the SHA-256 of its content (64 hex digits), its length in bytes and its type. */
    record StoredFile(String hash, long size, String contentType) {
    }

    /**
     * Keeps {@code content} when its type, as its first bytes show it, is one of {@code accepted}.
     *
     * @throws com.opsledger.kernel.common.InvalidValueException naming {@code file} when it is empty or of
     *                                                           another type
     */
    StoredFile store(byte[] content, Set<String> accepted);

    /** The content kept under {@code hash}, if any. */
    Optional<byte[]> open(String hash);
}
