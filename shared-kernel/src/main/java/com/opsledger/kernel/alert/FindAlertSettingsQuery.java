package com.opsledger.kernel.alert;

/** The alert settings of one user (none muted when they never changed them). */
public record FindAlertSettingsQuery(String userId) {
}
