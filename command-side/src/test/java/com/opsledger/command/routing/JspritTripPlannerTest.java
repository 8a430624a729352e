package com.opsledger.command.routing;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JspritTripPlannerTest {

    static final GeoPoint DEPOT = new GeoPoint(52.5200, 13.4050);
    static final Instant DEPARTURE = Instant.parse("2026-12-08T07:00:00Z");
    static final Duration SERVICE = Duration.ofMinutes(5);

    private final JspritTripPlanner planner = new JspritTripPlanner(new GreatCircleDistances(), 200, 7);

    /** Eight stops on a circle around the depot, entered in a zig-zag across it. */
    static List<TripStop> zigZag() {
        int[] entered = {0, 4, 1, 5, 2, 6, 3, 7};
        List<TripStop> stops = new ArrayList<>();
        for (int i : entered) {
            double angle = 2 * Math.PI * i / 8;
            stops.add(stop("s" + i, 52.52 + 0.05 * Math.sin(angle), 13.405 + 0.08 * Math.cos(angle), null, null));
        }
        return stops;
    }

    static TripStop stop(String id, double latitude, double longitude, Instant from, Instant to) {
        return new TripStop(id, new GeoPoint(latitude, longitude), 10_000, from, to);
    }

    static Trip trip(List<TripStop> stops, long capacityGrams) {
        return new Trip(DEPOT, DEPARTURE, stops, capacityGrams, 30, SERVICE);
    }

    @Test
    void canMeasureGreatCircleDistances() {
        GreatCircleDistances distances = new GreatCircleDistances();
        GeoPoint paris = new GeoPoint(48.8566, 2.3522);
        assertThat(distances.metres(DEPOT, paris) / 1000).isCloseTo(877.5, within(5.0));
        assertThat(distances.metres(paris, DEPOT)).isEqualTo(distances.metres(DEPOT, paris));
        assertThat(distances.metres(paris, paris)).isZero();
    }

    @Test
    void canCountTheWayBackToTheDepotInTheDistance() {
        TripStop only = stop("a", 52.62, 13.405, null, null);
        TripMeasure measure = new TripEvaluator(new GreatCircleDistances()).measure(trip(List.of(only), 1_000_000),
                List.of(only));
        double oneWay = new GreatCircleDistances().metres(DEPOT, only.point());
        assertThat(measure.metres()).isCloseTo(2 * oneWay, within(0.001));
        assertThat(measure.arrivals().get(0)).isEqualTo(DEPARTURE.plusMillis(Math.round(oneWay / (30 / 3.6) * 1000)));
        assertThat(measure.duration().toMillis()).isCloseTo(Math.round(2 * oneWay / (30 / 3.6) * 1000) + 300_000,
                within(2L));
    }

    @Test
    void canShortenAZigZagRouteAndRecordTheDistanceBeforeAndAfter() {
        TripPlan plan = planner.plan(trip(zigZag(), 1_000_000), Objective.DISTANCE);

        assertThat(plan.reordered()).isTrue();
        assertThat(plan.before().order()).containsExactly("s0", "s4", "s1", "s5", "s2", "s6", "s3", "s7");
        assertThat(plan.after().order()).containsExactlyInAnyOrder("s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7");
        assertThat(plan.after().metres()).isLessThan(plan.before().metres() * 0.7);
        assertThat(plan.after().duration()).isLessThan(plan.before().duration());
        List<String> around = plan.after().order();
        int start = around.indexOf("s0");
        String next = around.get((start + 1) % 8);
        assertThat(next).as("the shortest way goes round the circle").isIn("s1", "s7");
    }

    @Test
    void canKeepAnEnteredOrderNothingBeats() {
        List<TripStop> roundTheCircle = new ArrayList<>(zigZag());
        roundTheCircle.sort((a, b) -> a.id().compareTo(b.id()));
        TripPlan nearlyBest = planner.plan(trip(roundTheCircle, 1_000_000), Objective.DISTANCE);
        assertThat(nearlyBest.after().metres()).isLessThanOrEqualTo(nearlyBest.before().metres());

        List<TripStop> mirrored = List.of(stop("west", 52.52, 13.30, null, null), stop("east", 52.52, 13.51, null,
                null));
        TripPlan tie = planner.plan(trip(mirrored, 1_000_000), Objective.DISTANCE);
        assertThat(tie.reordered()).as("the reverse is no shorter").isFalse();
        assertThat(tie.after()).isEqualTo(tie.before());
    }

    @Test
    void canKeepEveryStopInsideItsTimeSlot() {
        List<TripStop> stops = new ArrayList<>(zigZag());
        TripStop far = stops.remove(1);
        Instant early = DEPARTURE.plus(Duration.ofMinutes(20));
        stops.add(new TripStop(far.id(), far.point(), far.weightGrams(), null, early));

        TripPlan plan = planner.plan(trip(stops, 1_000_000), Objective.TIME);

        assertThat(plan.before().withinSlots()).as("entered last, it is reached too late").isFalse();
        assertThat(plan.after().withinSlots()).isTrue();
        int at = plan.after().order().indexOf(far.id());
        assertThat(plan.after().arrivals().get(at)).isBeforeOrEqualTo(early);
    }

    @Test
    void canWaitForASlotToOpenWhenArrivingEarly() {
        TripStop later = stop("later", 52.53, 13.405, DEPARTURE.plus(Duration.ofHours(2)), null);
        TripMeasure measure = new TripEvaluator(new GreatCircleDistances()).measure(trip(List.of(later), 1_000_000),
                List.of(later));
        assertThat(measure.waitingSeconds()).isGreaterThan(3600);
        assertThat(measure.duration()).isGreaterThan(Duration.ofHours(2));
    }

    @Test
    void cannotReorderATripThatCannotCarryItsLoad() {
        TripPlan plan = planner.plan(trip(zigZag(), 50_000), Objective.DISTANCE);

        assertThat(plan.reordered()).isFalse();
        assertThat(plan.after()).isEqualTo(plan.before());
        assertThat(plan.before().withinCapacity()).isFalse();
    }

    @Test
    void canPlanTheSameTripTheSameWayTwice() {
        Trip trip = trip(zigZag(), 1_000_000);
        assertThat(planner.plan(trip, Objective.DISTANCE).after().order())
                .isEqualTo(planner.plan(trip, Objective.DISTANCE).after().order());
    }

    @Test
    void canPlanWithAnotherDistanceSource() {
        DistanceSource westToEastIsBlocked = (from, to) -> new GreatCircleDistances().metres(from, to)
                * (from.longitude() < 13.35 && to.longitude() > 13.45 ? 10 : 1);
        List<TripStop> stops = List.of(stop("west", 52.52, 13.30, null, null), stop("east", 52.52, 13.50, null, null));
        TripPlan plain = planner.plan(trip(stops, 1_000_000), Objective.DISTANCE);
        TripPlan skewed = new JspritTripPlanner(westToEastIsBlocked, 50, 7).plan(trip(stops, 1_000_000), Objective.DISTANCE);

        assertThat(plain.after().order()).containsExactly("west", "east");
        assertThat(skewed.after().order()).as("the blocked leg avoided").containsExactly("east", "west");
    }
}
