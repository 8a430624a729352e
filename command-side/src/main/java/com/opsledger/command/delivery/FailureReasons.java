package com.opsledger.command.delivery;

import com.opsledger.kernel.common.InvalidValueException;

import java.util.List;
import java.util.Locale;

/** Why goods could not be handed over: one of a fixed list, so that reports can count them. */
public final class FailureReasons {

    public static final List<String> ALL = List.of("customer-absent", "refused", "address-not-found", "damaged",
            "other");

    private FailureReasons() {
    }

    static String require(String field, String reason) {
        String code = reason == null ? null : reason.strip().toLowerCase(Locale.ROOT);
        if (code == null || !ALL.contains(code)) {
            throw new InvalidValueException(field, "must be one of " + String.join(", ", ALL));
        }
        return code;
    }
}
