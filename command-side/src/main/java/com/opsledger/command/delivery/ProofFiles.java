package com.opsledger.command.delivery;

import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.delivery.ProofOfDelivery;

import java.util.Arrays;
import java.util.Set;

/**
 * What a proof of delivery's files must be: at most {@link #MAX_BYTES}, a PNG signature, a JPEG or PNG photo, told by
 * their content (not by what the client claims). They are kept by {@link ProofFileStore}, outside events.
 */
public final class ProofFiles {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

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
        String type = starts(content, PNG_MAGIC) ? PNG : starts(content, JPEG_MAGIC) ? JPEG : null;
        if (type == null || !allowed.contains(type)) {
            throw new InvalidValueException(field, "must be " + (allowed.size() == 1 ? "a PNG image"
                    : "a JPEG or PNG image"));
        }
        return type;
    }

    /** The file kept by {@code store}, as a proof of delivery names it. */
    public static ProofOfDelivery keep(ProofFileStore store, String field, byte[] content, Set<String> allowed) {
        if (content == null) {
            return null;
        }
        String type = require(field, content, allowed);
        return new ProofOfDelivery(store.store(type, content), type, content.length);
    }

    public static Set<String> signatureTypes() {
        return Set.of(PNG);
    }

    public static Set<String> photoTypes() {
        return Set.of(PNG, JPEG);
    }

    private static boolean starts(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
