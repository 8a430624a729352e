package com.opsledger.command.stockitem;

import com.opsledger.kernel.common.InvalidValueException;

import java.util.List;

/**
 * Where rejected quarantined goods go: written off as waste for reason {@code quality}, or returned to the supplier
 * (stock leaves as an adjustment naming the check, so every stock view and the stocktakes follow it as they are).
 */
final class QuarantineDisposal {

    static final String WRITE_OFF = "write-off";
    static final String RETURN_TO_SUPPLIER = "return-to-supplier";
    static final List<String> DISPOSITIONS = List.of(WRITE_OFF, RETURN_TO_SUPPLIER);
    static final String WRITE_OFF_REASON = "quality";

    private QuarantineDisposal() {
    }

    static String require(String disposition) {
        if (disposition == null || !DISPOSITIONS.contains(disposition)) {
            throw new InvalidValueException("disposition", "must be one of " + DISPOSITIONS);
        }
        return disposition;
    }

    static String returnReason(String checkNumber) {
        return "returned to supplier" + (checkNumber == null ? "" : " after quality check " + checkNumber);
    }
}
