package com.opsledger.command.alert;

import com.opsledger.kernel.alert.AlertAlreadyHandledException;

/**
 * What a person may do to an alert in its status: acknowledge an open one, resolve one not resolved yet. The same rule
 * for the alert as its own record knows it and as the inbox shows it (which also knows what resolved by itself).
 */
final class AlertHandling {

    private AlertHandling() {
    }

    static void requireAcknowledgeable(String alertId, String status) {
        if (!"open".equals(status)) {
            throw new AlertAlreadyHandledException(alertId, status, "alert " + alertId + " is " + status
                    + " already; only an open alert can be acknowledged");
        }
    }

    static void requireResolvable(String alertId, String status) {
        if ("resolved".equals(status)) {
            throw new AlertAlreadyHandledException(alertId, status, "alert " + alertId + " is resolved already");
        }
    }
}
