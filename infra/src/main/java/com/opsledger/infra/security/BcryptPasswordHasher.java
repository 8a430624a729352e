package com.opsledger.infra.security;

import com.opsledger.command.useraccount.PasswordHasher;
import com.opsledger.kernel.common.InvalidValueException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * bcrypt with cost 10 (about 60 ms a hash on one core of these machines). bcrypt refuses more than 72 bytes: such a
 * password is refused naming it when set, and simply does not match when checked.
 */
class BcryptPasswordHasher implements PasswordHasher {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(10);

    @Override
    public String hash(String rawPassword) {
        if (PasswordHasher.tooLong(rawPassword)) {
            throw new InvalidValueException("password", "must be at most " + MAX_BYTES + " bytes in UTF-8");
        }
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return rawPassword != null && hash != null && !PasswordHasher.tooLong(rawPassword)
                && encoder.matches(rawPassword, hash);
    }
}
