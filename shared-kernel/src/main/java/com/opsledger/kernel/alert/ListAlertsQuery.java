package com.opsledger.kernel.alert;

import com.opsledger.kernel.common.PageSpec;

import java.util.List;

/**
 * The alerts of the {@code kinds} a caller sees, optionally of one status, kind and warehouse; a caller held to a
 * customer or supplier ({@code customerScope}/{@code supplierScope} not null) sees only the alerts of theirs.
 */
public record ListAlertsQuery(String status, String kind, String warehouseId, List<String> kinds,
                              String customerScope, String supplierScope, PageSpec page) {
}
