package com.opsledger.kernel.common;

/** Free text a person types (a name, a reference, a note): always kept without the blanks around it. */
public final class FreeText {

    private FreeText() {
    }

    /** The text without surrounding blanks; null when it is null or blank. */
    public static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The text without surrounding blanks; refused when there is none or more than {@code maxLength} characters. */
    public static String required(String field, String value, int maxLength) {
        String text = orNull(value);
        if (text == null || text.length() > maxLength) {
            throw new InvalidValueException(field, "must be 1 to " + maxLength + " characters");
        }
        return text;
    }

    /** As {@link #orNull(String)}, refused when what is left is longer than {@code maxLength} characters. */
    public static String optional(String field, String value, int maxLength) {
        String text = orNull(value);
        if (text != null && text.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        return text;
    }
}
