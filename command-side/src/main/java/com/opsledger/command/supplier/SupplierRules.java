package com.opsledger.command.supplier;

import com.opsledger.kernel.common.FreeText;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.supplier.PaymentTerms;

import java.util.regex.Pattern;

/** What makes a supplier's fields acceptable. */
final class SupplierRules {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{3,32}");
    static final int MAX_LEAD_TIME_DAYS = 3650;

    private SupplierRules() {
    }

    static String code(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidValueException("code", "must be 1 to 32 letters, digits or . _ - and start with a letter or digit");
        }
        return code;
    }

    static String name(String name) {
        return FreeText.required("name", name, 200);
    }

    static String contactPerson(String contactPerson) {
        return FreeText.optional("contactPerson", contactPerson, 200);
    }

    static String email(String email) {
        String value = FreeText.optional("email", email, 254);
        if (value != null && !EMAIL.matcher(value).matches()) {
            throw new InvalidValueException("email", "must be an e-mail address");
        }
        return value;
    }

    static String phone(String phone) {
        String value = FreeText.optional("phone", phone, 32);
        if (value != null && !PHONE.matcher(value).matches()) {
            throw new InvalidValueException("phone", "must be a phone number of digits, spaces and + ( ) . / -");
        }
        return value;
    }

    static String address(String address) {
        return FreeText.optional("address", address, 500);
    }

    static PaymentTerms paymentTerms(PaymentTerms terms) {
        if (terms == null) {
            throw new InvalidValueException("paymentTerms", "is required");
        }
        return terms;
    }

    static int leadTime(String field, int days) {
        if (days < 0 || days > MAX_LEAD_TIME_DAYS) {
            throw new InvalidValueException(field, "must be between 0 and " + MAX_LEAD_TIME_DAYS);
        }
        return days;
    }
}
