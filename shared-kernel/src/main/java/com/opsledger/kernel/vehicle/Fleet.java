package com.opsledger.kernel.vehicle;

import java.util.List;

/** The values a vehicle's type, fuel and status may take, as the API writes them. */
public final class Fleet {

    public static final List<String> TYPES = List.of("van", "truck", "bike", "car");
    public static final List<String> FUEL_TYPES = List.of("petrol", "diesel", "electric", "cng");
    public static final List<String> STATUSES = List.of("active", "maintenance", "inactive");

    private Fleet() {
    }
}
