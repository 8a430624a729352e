package com.opsledger.kernel.alert;

import com.opsledger.kernel.common.DomainException;

/** The alert is already where the request would take it (acknowledged, resolved): 409. */
public class AlertAlreadyHandledException extends DomainException {

    private final String alertId;
    private final String status;

    public AlertAlreadyHandledException(String alertId, String status, String message) {
        super(message);
        this.alertId = alertId;
        this.status = status;
    }

    public String alertId() {
        return alertId;
    }

    /** The alert's status now. */
    public String status() {
        return status;
    }
}
