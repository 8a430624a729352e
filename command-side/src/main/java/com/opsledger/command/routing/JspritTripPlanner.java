package com.opsledger.command.routing;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.cost.AbstractForwardVehicleRoutingTransportCosts;
import com.graphhopper.jsprit.core.problem.driver.Driver;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TimeWindow;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Coordinate;
import com.graphhopper.jsprit.core.util.Solutions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Orders a trip's stops with the jsprit vehicle-routing solver: one vehicle of the trip's capacity leaving the depot
 * and returning to it, each stop a service with its weight and slot (hard constraints), the cost the objective's
 * (metres, or seconds driven and waited). The entered order seeds the search when it is feasible; whichever of the
 * entered and the solver's orders measures better (a feasible one before an infeasible one, then the lower cost) is
 * kept, so an optimisation never makes a route worse. The search is seeded, so the same trip gives the same plan.
 */
public final class JspritTripPlanner {

    private static final String DEPOT = "depot";
    /** Below this a difference in cost is noise: the entered order stays. */
    private static final double TOLERANCE = 1e-6;

    private final DistanceSource distances;
    private final TripEvaluator evaluator;
    private final int iterations;
    private final long seed;

    public JspritTripPlanner(DistanceSource distances, int iterations, long seed) {
        this.distances = distances;
        this.evaluator = new TripEvaluator(distances);
        this.iterations = iterations;
        this.seed = seed;
    }

    public TripPlan plan(Trip trip, Objective objective) {
        TripMeasure entered = evaluator.measure(trip, trip.stops());
        if (trip.stops().size() < 2) {
            return new TripPlan(objective, entered, entered, false);
        }
        List<TripStop> solved = solve(trip, objective, entered);
        if (solved == null) {
            return new TripPlan(objective, entered, entered, false);
        }
        TripMeasure found = evaluator.measure(trip, solved);
        boolean better = found.feasible() && !entered.feasible()
                || found.feasible() == entered.feasible()
                && found.cost(objective) < entered.cost(objective) - TOLERANCE;
        return better ? new TripPlan(objective, entered, found, !found.order().equals(entered.order()))
                : new TripPlan(objective, entered, entered, false);
    }

    /** The stops in the solver's order, or null when it could not serve them all. */
    private List<TripStop> solve(Trip trip, Objective objective, TripMeasure entered) {
        Map<String, GeoPoint> points = new HashMap<>();
        points.put(DEPOT, trip.depot());
        Map<String, TripStop> stops = new LinkedHashMap<>();
        for (TripStop stop : trip.stops()) {
            points.put(stop.id(), stop.point());
            stops.put(stop.id(), stop);
        }
        VehicleTypeImpl type = VehicleTypeImpl.Builder.newInstance("vehicle-type")
                .addCapacityDimension(0, grams(trip.capacityGrams()))
                .setCostPerWaitingTime(objective == Objective.TIME ? 1 : 0).build();
        Vehicle vehicle = VehicleImpl.Builder.newInstance("vehicle").setType(type).setReturnToDepot(true)
                .setStartLocation(location(DEPOT, trip.depot())).setEarliestStart(0).build();
        List<Service> services = new ArrayList<>();
        for (TripStop stop : trip.stops()) {
            services.add(Service.Builder.newInstance(stop.id()).addSizeDimension(0, grams(stop.weightGrams()))
                    .setLocation(location(stop.id(), stop.point()))
                    .setServiceTime(trip.serviceTime().toSeconds())
                    .setTimeWindow(window(trip, stop)).build());
        }
        VehicleRoutingProblem.Builder problem = VehicleRoutingProblem.Builder.newInstance()
                .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE).addVehicle(vehicle)
                .setRoutingCost(new Costs(points, distances, trip.speedKmh(), objective));
        services.forEach(problem::addJob);
        VehicleRoutingProblem vrp = problem.build();
        VehicleRoutingAlgorithm algorithm = Jsprit.Builder.newInstance(vrp)
                .setProperty(Jsprit.Parameter.THREADS, "1").setRandom(new Random(seed)).buildAlgorithm();
        algorithm.setMaxIterations(iterations);
        if (entered.feasible()) {
            VehicleRoute.Builder route = VehicleRoute.Builder.newInstance(vehicle)
                    .setJobActivityFactory(vrp.getJobActivityFactory());
            services.forEach(route::addService);
            algorithm.addInitialSolution(new VehicleRoutingProblemSolution(List.of(route.build()),
                    entered.cost(objective)));
        }
        VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());
        if (best == null || !best.getUnassignedJobs().isEmpty() || best.getRoutes().size() != 1) {
            return null;
        }
        List<TripStop> order = new ArrayList<>();
        for (TourActivity activity : best.getRoutes().iterator().next().getActivities()) {
            if (activity instanceof TourActivity.JobActivity job) {
                order.add(stops.get(job.getJob().getId()));
            }
        }
        return order.size() == stops.size() ? order : null;
    }

    private static TimeWindow window(Trip trip, TripStop stop) {
        double from = stop.slotFrom() == null ? 0 : Math.max(0, seconds(trip, stop.slotFrom()));
        double to = stop.slotTo() == null ? Double.MAX_VALUE : seconds(trip, stop.slotTo());
        return TimeWindow.newInstance(Math.min(from, Math.max(to, 0)), Math.max(to, 0));
    }

    private static double seconds(Trip trip, java.time.Instant at) {
        return Duration.between(trip.departure(), at).toMillis() / 1000.0;
    }

    private static int grams(long grams) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, grams));
    }

    private static Location location(String id, GeoPoint point) {
        return Location.Builder.newInstance().setId(id)
                .setCoordinate(Coordinate.newInstance(point.longitude(), point.latitude())).build();
    }

    /** Distances from the distance source; times at the trip's average speed; costs by the objective. */
    private static final class Costs extends AbstractForwardVehicleRoutingTransportCosts {

        private final Map<String, GeoPoint> points;
        private final DistanceSource distances;
        private final double metresPerSecond;
        private final Objective objective;

        Costs(Map<String, GeoPoint> points, DistanceSource distances, double speedKmh, Objective objective) {
            this.points = points;
            this.distances = distances;
            this.metresPerSecond = speedKmh * 1000 / 3600;
            this.objective = objective;
        }

        @Override
        public double getDistance(Location from, Location to, double departureTime, Vehicle vehicle) {
            return distances.metres(points.get(from.getId()), points.get(to.getId()));
        }

        @Override
        public double getTransportTime(Location from, Location to, double departureTime, Driver driver,
                                       Vehicle vehicle) {
            return getDistance(from, to, departureTime, vehicle) / metresPerSecond;
        }

        @Override
        public double getTransportCost(Location from, Location to, double departureTime, Driver driver,
                                       Vehicle vehicle) {
            return objective == Objective.DISTANCE ? getDistance(from, to, departureTime, vehicle)
                    : getTransportTime(from, to, departureTime, driver, vehicle);
        }
    }
}
