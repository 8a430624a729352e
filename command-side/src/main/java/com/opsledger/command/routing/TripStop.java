package com.opsledger.command.routing;

import java.time.Instant;

/**
 * A stop to plan: where it is, what it weighs (grams) and the slot it must be reached in ({@code slotFrom} and
 * {@code slotTo} may each be null: no bound).
 */
public record TripStop(String id, GeoPoint point, long weightGrams, Instant slotFrom, Instant slotTo) {
}
