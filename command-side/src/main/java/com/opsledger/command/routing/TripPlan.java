package com.opsledger.command.routing;

/**
 * What an optimisation found: the trip in the order it was entered ({@code before}) and in the order kept
 * ({@code after}, the solver's when it is better, the entered one otherwise).
 */
public record TripPlan(Objective objective, TripMeasure before, TripMeasure after, boolean reordered) {
}
