package com.opsledger.kernel.common;

/**
 * Why a person took a step (a rejection, a cancellation, a priority change): free text of at most
 * {@link #MAX_LENGTH} characters, kept without the blanks around it.
 */
public final class Reason {

    public static final int MAX_LENGTH = 500;

    private Reason() {
    }

    /** The text without surrounding blanks; refused when there is none or it is too long. */
    public static String require(String field, String value) {
        return FreeText.required(field, value, MAX_LENGTH);
    }

    /** The text without surrounding blanks, null when there is none; refused when it is too long. */
    public static String optional(String field, String value) {
        return FreeText.optional(field, value, MAX_LENGTH);
    }
}
