package com.opsledger.command.stockitem;

import com.opsledger.kernel.common.InvalidValueException;

import java.util.List;

/** Where written-off stock goes; a write-off may leave it unsaid. */
final class DisposalMethods {

    static final List<String> ALL = List.of("compost", "donation", "animal-feed", "landfill", "incineration");

    private DisposalMethods() {
    }

    static String optional(String field, String method) {
        if (method != null && !ALL.contains(method)) {
            throw new InvalidValueException(field, "must be one of " + String.join(", ", ALL));
        }
        return method;
    }
}
