package com.opsledger.kernel.notification;

import com.opsledger.kernel.common.PageSpec;

/** Notifications, newest first, each filter optional, within the asker's scope. */
public record ListNotificationsQuery(String customerId, String backorderId, String kind, String scopeCustomerId,
                                     PageSpec page) {
}
