package com.opsledger.command.fleet;

import com.opsledger.kernel.common.BusinessDates;
import com.opsledger.kernel.common.FreeText;
import com.opsledger.kernel.common.InvalidValueException;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** What makes a driver's fields acceptable. */
final class DriverRules {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{3,32}");
    private static final Pattern LICENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./-]{0,31}");

    private DriverRules() {
    }

    static String name(String name) {
        return FreeText.required("name", name, 200);
    }

    static String phone(String phone) {
        String value = FreeText.orNull(phone);
        if (value == null || !PHONE.matcher(value).matches()) {
            throw new InvalidValueException("phone", "must be a phone number of digits, spaces and + ( ) . / -");
        }
        return value;
    }

    static String licenceNumber(String licenceNumber) {
        String value = FreeText.orNull(licenceNumber);
        if (value == null || !LICENCE.matcher(value).matches()) {
            throw new InvalidValueException("licenceNumber", "must be 1 to 32 letters, digits, spaces or . / - and "
                    + "start with a letter or digit");
        }
        return value;
    }

    static LocalDate licenceExpiry(LocalDate expiry) {
        if (expiry == null) {
            throw new InvalidValueException("licenceExpiry", "is required");
        }
        return BusinessDates.require("licenceExpiry", expiry);
    }
}
