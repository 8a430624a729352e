package com.opsledger.command.useraccount;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Single-use codes that stand in for the authenticator. They are random (80 bits), so a SHA-256 of each is enough
 * to keep them from being read back; a used code's hash is forgotten.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    public static List<String> generate() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            byte[] bytes = new byte[10];
            RANDOM.nextBytes(bytes);
            String code = Totp.base32(bytes).toLowerCase(Locale.ROOT);
            codes.add(code.substring(0, 8) + "-" + code.substring(8));
        }
        return codes;
    }

    public static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(code.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static int indexOf(List<String> hashes, String candidate) {
        if (candidate == null || candidate.strip().length() != 17) {
            return -1;
        }
        return hashes.indexOf(hash(candidate));
    }
}
