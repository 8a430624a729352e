package com.opsledger.kernel.common;

import java.util.regex.Pattern;

/** A unit of measure code such as kg, l, m or pcs: letters, at most 10. */
public final class UnitOfMeasure {

    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,9}");

    private UnitOfMeasure() {
    }

    public static String requireValid(String field, String unit) {
        if (unit == null || !CODE.matcher(unit).matches()) {
            throw new InvalidValueException(field, "must be a unit code of 1 to 10 letters or digits, starting with a letter");
        }
        return unit;
    }
}
