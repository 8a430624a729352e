package com.opsledger.kernel.customer;

import com.opsledger.kernel.common.InvalidValueException;

import java.util.Locale;

/** How much a customer's orders weigh when stock is short: gold before silver before standard. */
public enum CustomerTier {
    STANDARD, SILVER, GOLD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CustomerTier parse(String field, String code) {
        if (code != null) {
            for (CustomerTier tier : values()) {
                if (tier.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                    return tier;
                }
            }
        }
        throw new InvalidValueException(field, "must be one of standard, silver, gold");
    }
}
