package com.opsledger.command.routing;

/** Distances as the crow flies over a spherical earth (the haversine formula). */
public final class GreatCircleDistances implements DistanceSource {

    /** The mean radius of the earth (IUGG), in metres. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    @Override
    public double metres(GeoPoint from, GeoPoint to) {
        double lat1 = Math.toRadians(from.latitude());
        double lat2 = Math.toRadians(to.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(to.longitude() - from.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
