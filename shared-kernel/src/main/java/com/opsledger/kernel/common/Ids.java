package com.opsledger.kernel.common;

import java.util.UUID;

/** Identifiers are random UUIDs in their canonical text form. */
public final class Ids {

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static String requireValid(String field, String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "is not a valid id");
        }
    }
}
