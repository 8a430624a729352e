package com.opsledger.command.routing;

/** What an optimisation makes as small as it can: the distance driven, or the time the route takes. */
public enum Objective {
    DISTANCE, TIME
}
