package com.opsledger.kernel.alert;

import java.util.List;

/** One alert, when it is of the {@code kinds} the caller sees and in their scope; else none. */
public record FindAlertQuery(String alertId, List<String> kinds, String customerScope, String supplierScope) {
}
