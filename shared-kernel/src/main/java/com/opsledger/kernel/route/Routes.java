package com.opsledger.kernel.route;

import java.util.List;

/** The values a route's status and an optimisation's objective take, as the API writes them. */
public final class Routes {

    public static final String PLANNED = "planned";
    public static final String IN_PROGRESS = "in-progress";
    public static final String COMPLETED = "completed";
    public static final List<String> STATUSES = List.of(PLANNED, IN_PROGRESS, COMPLETED);
    public static final List<String> OBJECTIVES = List.of("distance", "time");
    public static final int MAX_STOPS = 100;

    private Routes() {
    }
}
