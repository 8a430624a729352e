package com.opsledger.kernel.files;

import java.util.Optional;

/** The type of a file as its first bytes (its signature) show it: JPEG or PNG; nothing else is recognised. */
public final class FileTypes {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private FileTypes() {
    }

    public static Optional<String> sniff(byte[] content) {
        if (startsWith(content, PNG)) {
            return Optional.of(StoredFiles.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(StoredFiles.JPEG);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content == null || content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
