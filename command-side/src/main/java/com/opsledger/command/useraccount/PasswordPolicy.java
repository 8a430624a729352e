package com.opsledger.command.useraccount;

import com.opsledger.kernel.common.InvalidValueException;

import java.util.List;
import java.util.Locale;

/**
 * What a new password must be: at least 12 characters and at most 72 bytes in UTF-8 (all that bcrypt reads; it
 * refuses more), not the username, and none of the last five.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = PasswordHasher.MAX_BYTES;
    static final int REMEMBERED = 5;

    private PasswordPolicy() {
    }

    static void check(String field, String password, String username, List<String> recentHashes,
                      PasswordHasher hasher) {
        if (password == null || password.length() < MIN_LENGTH || PasswordHasher.tooLong(password)) {
            throw new InvalidValueException(field, "must be at least " + MIN_LENGTH + " characters and at most "
                    + MAX_BYTES + " bytes in UTF-8");
        }
        if (password.isBlank() || password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidValueException(field, "must not contain the username");
        }
        for (String hash : recentHashes) {
            if (hasher.matches(password, hash)) {
                throw new InvalidValueException(field, "must differ from the last " + REMEMBERED + " passwords");
            }
        }
    }
}
