package com.opsledger.kernel.vehicle;

import com.opsledger.kernel.common.PageSpec;

/** Vehicles whose number starts with {@code text}, of a type and in a status; null means any. */
public record ListVehiclesQuery(String text, String type, String status, PageSpec page) {
}
