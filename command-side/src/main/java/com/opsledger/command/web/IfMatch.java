package com.opsledger.command.web;

import com.opsledger.kernel.common.InvalidValueException;

/** Reads the optional {@code If-Match} header as the aggregate version the client last saw. */
public final class IfMatch {

    private IfMatch() {
    }

    public static Long expectedVersion(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            long version = Long.parseLong(value);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("If-Match", "must be a version number as returned in ETag");
        }
    }
}
