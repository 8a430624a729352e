package com.opsledger.command.delivery;

import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.delivery.ProofOfDelivery;
import com.opsledger.kernel.files.FileTypes;
import com.opsledger.kernel.files.StoredFiles;

import java.util.Set;

/**
 * What a proof of delivery's files must be: at most {@link #MAX_BYTES}, a PNG signature, a JPEG or PNG photo, told by
 * their content ({@link FileTypes}), not by what the client claims. They are kept in the product's one content store
 * ({@link StoredFiles}), outside events, which name them by their SHA-256.
 */
public final class ProofFiles {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private ProofFiles() {
    }

    /** The file's media type, if it is one of {@code allowed}; refused naming {@code field} otherwise. */
    public static String require(String field, byte[] content, Set<String> allowed) {
        if (content == null || content.length == 0) {
            throw new InvalidValueException(field, "is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidValueException(field, "must be at most 5 MB");
        }
        return FileTypes.sniff(content).filter(allowed::contains).orElseThrow(() -> new InvalidValueException(field,
                "must be " + (allowed.size() == 1 ? "a PNG image" : "a JPEG or PNG image")));
    }

    /** The file kept by {@code store}, as a proof of delivery names it. */
    public static ProofOfDelivery keep(StoredFiles store, String field, byte[] content, Set<String> allowed) {
        if (content == null) {
            return null;
        }
        require(field, content, allowed);
        StoredFiles.StoredFile kept = store.store(content, allowed);
        return new ProofOfDelivery(kept.hash(), kept.contentType(), kept.size());
    }

    public static Set<String> signatureTypes() {
        return Set.of(StoredFiles.PNG);
    }

    public static Set<String> photoTypes() {
        return StoredFiles.IMAGES;
    }
}
