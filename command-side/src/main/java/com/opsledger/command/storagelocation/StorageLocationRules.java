package com.opsledger.command.storagelocation;

import com.opsledger.kernel.common.InvalidValueException;

import java.util.List;
import java.util.regex.Pattern;

/** What a storage location's code and kind may be. */
final class StorageLocationRules {

    static final List<String> KINDS = List.of("ambient", "chilled", "frozen");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

    private StorageLocationRules() {
    }

    static String code(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidValueException("code",
                    "must be 1 to 32 letters, digits or . _ - and start with a letter or digit");
        }
        return code;
    }

    static String kind(String kind) {
        if (kind == null || !KINDS.contains(kind)) {
            throw new InvalidValueException("kind", "must be one of " + String.join(", ", KINDS));
        }
        return kind;
    }
}
