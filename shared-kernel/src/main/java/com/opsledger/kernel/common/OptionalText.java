package com.opsledger.kernel.common;

/** Free text a person may leave out: kept without the blanks around it, and null when there is none. */
public final class OptionalText {

    private OptionalText() {
    }

    /** The text without surrounding blanks; null when it is null or blank. */
    public static String of(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** As {@link #of(String)}, refused when what is left is longer than {@code maxLength} characters. */
    public static String atMost(String field, String value, int maxLength) {
        String text = of(value);
        if (text != null && text.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        return text;
    }
}
