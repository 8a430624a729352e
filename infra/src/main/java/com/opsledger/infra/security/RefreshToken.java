package com.opsledger.infra.security;

import com.opsledger.kernel.common.Ids;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A refresh token, {@code <user>.<session>.<secret>}. Only a hash of the secret is kept, each refresh replaces it,
 * and presenting a replaced one ends the whole session.
 */
record RefreshToken(String userId, String sessionId, String secret) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new secret for the session. */
    static RefreshToken issue(String userId, String sessionId) {
        return new RefreshToken(userId, sessionId, newSecret());
    }

    /** The token a client presents; empty when it is not one. */
    static Optional<RefreshToken> parse(String text) {
        String[] parts = text.split("\\.");
        if (parts.length != 3 || !isId(parts[0]) || !isId(parts[1])) {
            return Optional.empty();
        }
        return Optional.of(new RefreshToken(parts[0], parts[1], parts[2]));
    }

    String secretHash() {
        return sha256(secret);
    }

    String text() {
        return userId + "." + sessionId + "." + secret;
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static boolean isId(String id) {
        try {
            Ids.requireValid("refreshToken", id);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Never shows the secret, in logs or error messages. */
    @Override
    public String toString() {
        return "RefreshToken[userId=" + userId + ", sessionId=" + sessionId + ", secret hidden]";
    }
}
