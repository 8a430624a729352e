package com.opsledger.command.useraccount;

import java.nio.charset.StandardCharsets;

/**
 * An adaptive one-way hash for passwords (the application provides bcrypt). bcrypt reads at most
 * {@link #MAX_BYTES} bytes: a longer password is never set, and never matches.
 */
public interface PasswordHasher {

    int MAX_BYTES = 72;

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);

    static boolean tooLong(String rawPassword) {
        return rawPassword != null && rawPassword.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
