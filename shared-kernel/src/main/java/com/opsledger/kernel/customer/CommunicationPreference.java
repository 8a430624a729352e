package com.opsledger.kernel.customer;

import com.opsledger.kernel.common.InvalidValueException;

import java.util.Locale;

/** How a customer wants to hear about their orders. */
public enum CommunicationPreference {
    EMAIL, SMS, NONE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The preference named by {@code code}; e-mail when none is given. */
    public static CommunicationPreference parse(String field, String code) {
        if (code == null || code.isBlank()) {
            return EMAIL;
        }
        for (CommunicationPreference preference : values()) {
            if (preference.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return preference;
            }
        }
        throw new InvalidValueException(field, "must be one of email, sms, none");
    }
}
