package com.opsledger.command.fleet;

import com.opsledger.kernel.common.BusinessDates;
import com.opsledger.kernel.common.FreeText;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.vehicle.Fleet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What makes a vehicle's fields acceptable. */
final class VehicleRules {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 .-]{0,19}");
    static final BigDecimal MAX_CAPACITY_KG = new BigDecimal("100000");

    private VehicleRules() {
    }

    /** The number as typed, without blanks around it: 1 to 20 letters, digits, spaces, dots or dashes. */
    static String number(String number) {
        String value = FreeText.orNull(number);
        if (value == null || !NUMBER.matcher(value).matches()) {
            throw new InvalidValueException("number", "must be 1 to 20 letters, digits, spaces, . or - and start "
                    + "with a letter or digit");
        }
        return value;
    }

    /** The key a number is unique by: upper case, without spaces, dots or dashes ("B-AB 123" is "BAB123"). */
    static String numberKey(String number) {
        return number.toUpperCase(Locale.ROOT).replaceAll("[ .-]", "");
    }

    static String type(String type) {
        return oneOf("type", type, Fleet.TYPES);
    }

    static String fuelType(String fuelType) {
        return oneOf("fuelType", fuelType, Fleet.FUEL_TYPES);
    }

    static String status(String status) {
        return oneOf("status", status, Fleet.STATUSES);
    }

    static String model(String model) {
        return FreeText.optional("model", model, 100);
    }

    static BigDecimal capacityKg(BigDecimal capacityKg) {
        if (capacityKg == null || capacityKg.signum() <= 0 || capacityKg.compareTo(MAX_CAPACITY_KG) > 0) {
            throw new InvalidValueException("capacityKg", "must be more than 0 and at most " + MAX_CAPACITY_KG);
        }
        BigDecimal plain = Quantity.requireInRange("capacityKg", capacityKg).stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    static LocalDate date(String field, LocalDate date) {
        return BusinessDates.require(field, date);
    }

    private static String oneOf(String field, String value, List<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw new InvalidValueException(field, "must be one of " + String.join(", ", allowed));
        }
        return value;
    }
}
