package com.opsledger.command.useraccount;

import com.opsledger.kernel.common.InvalidValueException;

import java.util.List;
import java.util.Locale;

/** What a new password must be: 12 to 128 characters, not the username, and none of the last five. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    static final int REMEMBERED = 5;

    private PasswordPolicy() {
    }

    static void check(String field, String password, String username, List<String> recentHashes,
                      PasswordHasher hasher) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new InvalidValueException(field, "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
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
