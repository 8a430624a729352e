package com.opsledger.command.customer;

import com.opsledger.kernel.common.Coordinates;
import com.opsledger.kernel.common.FreeText;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.customer.Address;

import java.util.List;
import java.util.regex.Pattern;

/** What makes a customer's fields, and any postal address, acceptable. */
public final class CustomerRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{3,40}");
    static final int MAX_ADDRESSES = 10;

    private CustomerRules() {
    }

    static String name(String name) {
        return FreeText.required("name", name, 200);
    }

    static String email(String email) {
        if (email == null || email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
            throw new InvalidValueException("email", "must be an e-mail address");
        }
        return email.strip();
    }

    static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        if (!PHONE.matcher(phone.strip()).matches()) {
            throw new InvalidValueException("phone", "must be a phone number of 3 to 40 digits, spaces or + ( ) . / -");
        }
        return phone.strip();
    }

    static List<Address> addresses(List<Address> addresses) {
        if (addresses == null) {
            return List.of();
        }
        if (addresses.size() > MAX_ADDRESSES) {
            throw new InvalidValueException("addresses", "must hold at most " + MAX_ADDRESSES + " addresses");
        }
        for (int i = 0; i < addresses.size(); i++) {
            address("addresses[" + i + "]", addresses.get(i));
        }
        return List.copyOf(addresses);
    }

    /**
     * An address needs its first line, city and country; every part is at most 200 characters; coordinates are
     * optional (both or neither, in range).
     */
    public static Address address(String field, Address address) {
        if (address == null) {
            throw new InvalidValueException(field, "is required");
        }
        required(field + ".line1", address.line1());
        required(field + ".city", address.city());
        required(field + ".country", address.country());
        optional(field + ".line2", address.line2());
        optional(field + ".postalCode", address.postalCode());
        Coordinates.require(field + ".", address.latitude(), address.longitude());
        return address;
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        optional(field, value);
    }

    private static void optional(String field, String value) {
        if (value != null && value.length() > 200) {
            throw new InvalidValueException(field, "must be at most 200 characters");
        }
    }
}
