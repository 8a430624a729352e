package com.opsledger.command.routing;

/**
 * How far one place is from another, in metres. Great-circle distances by default ({@link GreatCircleDistances}); a
 * road-network source can take its place without the planner changing.
 */
public interface DistanceSource {

    double metres(GeoPoint from, GeoPoint to);
}
