package com.opsledger.command.routing;

/** A place on the earth, in degrees (WGS 84). */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("not a point on the earth: " + latitude + ", " + longitude);
        }
    }
}
