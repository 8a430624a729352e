package com.opsledger.command.route;

import com.opsledger.command.fleet.InMemoryFleetDirectory;
import com.opsledger.command.registry.InMemoryReferenceRegistry;
import com.opsledger.command.routing.GeoPoint;
import com.opsledger.command.routing.GreatCircleDistances;
import com.opsledger.command.routing.RoutePlanner;
import com.opsledger.kernel.route.ChangeRouteStopsCommand;
import com.opsledger.kernel.route.CompleteRouteCommand;
import com.opsledger.kernel.route.OptimiseRouteCommand;
import com.opsledger.kernel.route.PlanRouteCommand;
import com.opsledger.kernel.route.RouteCompletedEvent;
import com.opsledger.kernel.route.RouteLoad;
import com.opsledger.kernel.route.RouteOptimisedEvent;
import com.opsledger.kernel.route.RoutePlannedEvent;
import com.opsledger.kernel.route.RouteStartedEvent;
import com.opsledger.kernel.route.RouteStop;
import com.opsledger.kernel.route.RouteStopsChangedEvent;
import com.opsledger.kernel.route.StartRouteCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import static com.opsledger.command.AggregateFixtures.aggregateFixture;
import static com.opsledger.command.DomainExceptions.invalid;
import static com.opsledger.command.DomainExceptions.notFound;
import static com.opsledger.command.DomainExceptions.violated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;

class RouteTest {

    static final String ROUTE = "7a000000-0000-4000-8000-000000000001";
    static final String OTHER_ROUTE = "7a000000-0000-4000-8000-000000000002";
    static final String WAREHOUSE = "7a000000-0000-4000-8000-0000000000a1";
    static final String OTHER_WAREHOUSE = "7a000000-0000-4000-8000-0000000000a2";
    static final String VEHICLE = "7a000000-0000-4000-8000-0000000000b1";
    static final String DRIVER = "7a000000-0000-4000-8000-0000000000c1";
    static final String OTHER_DRIVER = "7a000000-0000-4000-8000-0000000000c2";
    static final String D1 = "7a000000-0000-4000-8000-0000000000d1";
    static final String D2 = "7a000000-0000-4000-8000-0000000000d2";
    static final String D3 = "7a000000-0000-4000-8000-0000000000d3";
    static final LocalDate DATE = LocalDate.of(2026, 12, 9);
    static final GeoPoint DEPOT = new GeoPoint(52.52, 13.405);

    private FixtureConfiguration<Route> fixture;
    private InMemoryFleetDirectory fleet;
    private InMemoryRouteFacts facts;
    private InMemoryRouteBookings bookings;

    @BeforeEach
    void setUp() {
        fleet = new InMemoryFleetDirectory();
        fleet.vehicle(VEHICLE, new BigDecimal("100"), "active");
        fleet.driver(DRIVER, DATE.plusYears(1));
        fleet.driver(OTHER_DRIVER, DATE.plusYears(1));
        facts = new InMemoryRouteFacts()
                .with(delivery(D1, 52.60, 13.405, "30"))
                .with(delivery(D2, 52.44, 13.405, "30"))
                .with(delivery(D3, 52.61, 13.41, "20"));
        bookings = new InMemoryRouteBookings();
        RoutePlanner planner = new RoutePlanner(new GreatCircleDistances(), 100, LocalTime.of(8, 0), ZoneOffset.UTC,
                30, Duration.ofMinutes(5));
        fixture = aggregateFixture(Route.class, new InMemoryReferenceRegistry().withWarehouse(WAREHOUSE)
                .withWarehouse(OTHER_WAREHOUSE), fleet, facts, bookings, planner,
                (DrivenDistance) routeId -> new BigDecimal("12.5"),
                (RouteStartChecks) (warehouseId, deliveryIds) -> deliveryIds.contains(D3)
                        ? List.of("delivery " + D3 + ": batch B-7 of product p has no passed pre-dispatch quality check")
                        : List.of());
    }

    static RouteFacts.DeliveryFacts delivery(String id, double latitude, double longitude, String kg) {
        return new RouteFacts.DeliveryFacts(id, WAREHOUSE, "scheduled", new GeoPoint(latitude, longitude), null, null,
                new BigDecimal(kg), false);
    }

    static PlanRouteCommand plan(List<String> deliveries) {
        return new PlanRouteCommand(ROUTE, "RT-000001", WAREHOUSE, DATE, VEHICLE, DRIVER, deliveries);
    }

    static RoutePlannedEvent planned(List<String> deliveries) {
        List<RouteStop> stops = new java.util.ArrayList<>();
        for (int i = 0; i < deliveries.size(); i++) {
            stops.add(new RouteStop(deliveries.get(i), i + 1, null));
        }
        return new RoutePlannedEvent(ROUTE, "RT-000001", WAREHOUSE, DATE, VEHICLE, DRIVER, stops,
                new RouteLoad(new BigDecimal("60"), List.of()), new BigDecimal("100"), null, null);
    }

    @Test
    void canPlanRouteInTheOrderGivenWithoutTimesWhileTheWarehouseHasNoCoordinates() {
        fixture.givenNoPriorActivity()
                .when(plan(List.of(D1, D2)))
                .expectEvents(planned(List.of(D1, D2)));

        assertThat(bookings.holds(D1, ROUTE)).isTrue();
        assertThat(bookings.route(ROUTE).orElseThrow().status()).isEqualTo("planned");
    }

    @Test
    void canPlanRouteWithArrivalTimesAndDistanceWhenEveryPlaceHasCoordinates() {
        facts.warehouseAt(WAREHOUSE, DEPOT);
        fixture.givenNoPriorActivity()
                .when(plan(List.of(D1, D2)))
                .expectEventsMatching(exactSequenceOf(matches((Object message) -> {
                    RoutePlannedEvent e = (RoutePlannedEvent) ((org.axonframework.eventhandling.EventMessage<?>) message)
                            .getPayload();
                    Instant departure = DATE.atTime(8, 0).toInstant(ZoneOffset.UTC);
                    return e.stops().get(0).plannedArrival().isAfter(departure)
                            && e.stops().get(1).plannedArrival().isAfter(e.stops().get(0).plannedArrival())
                            && e.distanceKm().compareTo(new BigDecimal("35")) > 0
                            && e.distanceKm().compareTo(new BigDecimal("37")) < 0
                            && e.durationMinutes() > 60;
                }), andNoMore()));
    }

    @Test
    void canCountAnUnknownWeightAsNothingAndFlagIt() {
        facts.with(new RouteFacts.DeliveryFacts(D3, WAREHOUSE, "pending", null, null, null, new BigDecimal("2.5"),
                true));
        fixture.givenNoPriorActivity()
                .when(plan(List.of(D1, D3)))
                .expectEventsMatching(exactSequenceOf(matches((Object message) -> {
                    RoutePlannedEvent e = (RoutePlannedEvent) ((org.axonframework.eventhandling.EventMessage<?>) message)
                            .getPayload();
                    return e.load().equals(new RouteLoad(new BigDecimal("32.5"), List.of(D3)));
                }), andNoMore()));
    }

    @Test
    void cannotPlanRouteHeavierThanTheVehicleCarries() {
        fixture.givenNoPriorActivity()
                .when(plan(List.of(D1, D2, D3, "7a000000-0000-4000-8000-0000000000d9")))
                .expectException(notFound("delivery"));
        fleet.vehicle(VEHICLE, new BigDecimal("70"), "active");
        fixture.givenNoPriorActivity()
                .when(new PlanRouteCommand(ROUTE, "RT-1", WAREHOUSE, DATE, VEHICLE, DRIVER, List.of(D1, D2, D3)))
                .expectException(violated("route-over-capacity"))
                .expectExceptionMessage("the load of 80 kg exceeds the vehicle's capacity of 70 kg")
                .expectNoEvents();
    }

    @Test
    void cannotPlanRouteWithAVehicleNotActiveOrADriverWhoseLicenceExpiresFirst() {
        fleet.vehicle(VEHICLE, new BigDecimal("100"), "maintenance");
        fixture.givenNoPriorActivity().when(plan(List.of(D1))).expectException(violated("vehicle-not-active"));
        fleet.vehicle(VEHICLE, new BigDecimal("100"), "active");
        fleet.driver(DRIVER, DATE.minusDays(1));
        fixture.givenNoPriorActivity().when(plan(List.of(D1))).expectException(violated("licence-expired"))
                .expectNoEvents();
    }

    @Test
    void cannotPlanRouteOfUnknownWarehouseVehicleOrDriver() {
        fixture.givenNoPriorActivity()
                .when(new PlanRouteCommand(ROUTE, "RT-1", "7a000000-0000-4000-8000-0000000000ff", DATE, VEHICLE,
                        DRIVER, List.of()))
                .expectException(notFound("warehouse"));
        fixture.givenNoPriorActivity()
                .when(new PlanRouteCommand(ROUTE, "RT-1", WAREHOUSE, DATE, "7a000000-0000-4000-8000-0000000000ff",
                        DRIVER, List.of()))
                .expectException(notFound("vehicle"));
        fixture.givenNoPriorActivity()
                .when(new PlanRouteCommand(ROUTE, "RT-1", WAREHOUSE, DATE, VEHICLE,
                        "7a000000-0000-4000-8000-0000000000ff", List.of()))
                .expectException(notFound("driver"));
    }

    @Test
    void cannotPutADeliveryTwiceOrOneOfAnotherWarehouseOnARoute() {
        fixture.givenNoPriorActivity().when(plan(List.of(D1, D1))).expectException(invalid("deliveryIds"));
        facts.with(new RouteFacts.DeliveryFacts(D2, OTHER_WAREHOUSE, "scheduled", null, null, null, BigDecimal.ONE,
                false));
        fixture.givenNoPriorActivity().when(plan(List.of(D1, D2)))
                .expectException(violated("delivery-of-another-warehouse"));
        facts.with(new RouteFacts.DeliveryFacts(D2, WAREHOUSE, "delivered", null, null, null, BigDecimal.ONE, false));
        fixture.givenNoPriorActivity().when(plan(List.of(D1, D2))).expectException(violated("delivery-not-routable"));
    }

    @Test
    void cannotBookAVehicleADriverOrADeliveryOnTwoRoutes() {
        bookings.bookVehicle(VEHICLE, DATE, OTHER_ROUTE);
        fixture.givenNoPriorActivity().when(plan(List.of(D1))).expectException(violated("vehicle-already-routed"));

        setUp();
        bookings.bookDriver(DRIVER, DATE, OTHER_ROUTE);
        fixture.givenNoPriorActivity().when(plan(List.of(D1))).expectException(violated("driver-already-routed"));

        setUp();
        bookings.bookDeliveries(List.of(D1), OTHER_ROUTE);
        fixture.givenNoPriorActivity().when(plan(List.of(D1))).expectException(violated("delivery-already-routed"));

        setUp();
        bookings.bookVehicle(VEHICLE, DATE.plusDays(1), OTHER_ROUTE);
        fixture.givenNoPriorActivity().when(plan(List.of(D1))).expectSuccessfulHandlerExecution();
    }

    @Test
    void canChangeThePlannedStopsReleasingThoseTakenOff() {
        bookings.bookDeliveries(List.of(D1, D2), ROUTE);
        fixture.given(planned(List.of(D1, D2)))
                .when(new ChangeRouteStopsCommand(ROUTE, List.of(D3, D1)))
                .expectEvents(new RouteStopsChangedEvent(ROUTE, List.of(new RouteStop(D3, 1, null),
                        new RouteStop(D1, 2, null)), List.of(D3), List.of(D2),
                        new RouteLoad(new BigDecimal("50"), List.of()), null, null));

        assertThat(bookings.holds(D2, ROUTE)).isFalse();
        assertThat(bookings.holds(D3, ROUTE)).isTrue();
    }

    @Test
    void canOptimiseARouteNeverMakingItLonger() {
        facts.warehouseAt(WAREHOUSE, DEPOT);
        fixture.given(planned(List.of(D1, D2, D3)))
                .when(new OptimiseRouteCommand(ROUTE, "distance"))
                .expectEventsMatching(exactSequenceOf(matches((Object message) -> {
                    RouteOptimisedEvent e = (RouteOptimisedEvent) ((org.axonframework.eventhandling.EventMessage<?>)
                            message).getPayload();
                    List<String> order = e.stops().stream().map(RouteStop::deliveryId).toList();
                    return e.objective().equals("distance")
                            && e.distanceAfterKm().compareTo(e.distanceBeforeKm()) < 0
                            && (order.equals(List.of(D1, D3, D2)) || order.equals(List.of(D2, D3, D1))
                            || order.equals(List.of(D2, D1, D3)) || order.equals(List.of(D3, D1, D2)))
                            && e.stops().get(0).plannedArrival() != null;
                }), andNoMore()));
    }

    @Test
    void cannotOptimiseARouteWhoseStopsLackCoordinates() {
        facts.warehouseAt(WAREHOUSE, DEPOT);
        facts.with(new RouteFacts.DeliveryFacts(D2, WAREHOUSE, "scheduled", null, null, null, BigDecimal.ONE, false));
        fixture.given(planned(List.of(D1, D2)))
                .when(new OptimiseRouteCommand(ROUTE, "time"))
                .expectException(violated("stops-without-coordinates"))
                .expectExceptionMessage("these stops have no coordinates, so the route keeps its order: " + D2)
                .expectNoEvents();
    }

    @Test
    void cannotOptimiseForAnUnknownObjective() {
        fixture.given(planned(List.of(D1)))
                .when(new OptimiseRouteCommand(ROUTE, "fun"))
                .expectException(invalid("objective"));
    }

    @Test
    void canStartAndCompleteARouteAsItsDriverOrAsStaff() {
        fixture.given(planned(List.of(D1, D2)))
                .when(new StartRouteCommand(ROUTE, DRIVER))
                .expectEvents(new RouteStartedEvent(ROUTE, WAREHOUSE, DRIVER, VEHICLE, List.of(D1, D2)));
        fixture.given(planned(List.of(D1, D2)), new RouteStartedEvent(ROUTE, WAREHOUSE, DRIVER, VEHICLE,
                        List.of(D1, D2)))
                .when(new CompleteRouteCommand(ROUTE, null))
                .expectEvents(new RouteCompletedEvent(ROUTE, new BigDecimal("12.5")));

        assertThat(bookings.route(ROUTE).orElseThrow().status()).isEqualTo("completed");
    }

    @Test
    void cannotStartARouteWhoseGoodsAwaitTheirPreDispatchCheck() {
        fixture.given(planned(List.of(D1, D3)))
                .when(new StartRouteCommand(ROUTE, DRIVER))
                .expectException(violated("pre-dispatch-check-missing"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("batch B-7"))
                .expectNoEvents();
    }

    @Test
    void cannotActOnAnotherDriversRoute() {
        fixture.given(planned(List.of(D1)))
                .when(new StartRouteCommand(ROUTE, OTHER_DRIVER))
                .expectException(notFound("route"))
                .expectNoEvents();
    }

    @Test
    void cannotChangeOrStartARouteThatHasLeft() {
        RouteStartedEvent started = new RouteStartedEvent(ROUTE, WAREHOUSE, DRIVER, VEHICLE, List.of(D1));
        fixture.given(planned(List.of(D1)), started)
                .when(new ChangeRouteStopsCommand(ROUTE, List.of(D1, D2)))
                .expectException(violated("route-not-planned"));
        fixture.given(planned(List.of(D1)), started)
                .when(new StartRouteCommand(ROUTE, null))
                .expectException(violated("route-not-planned"));
        fixture.given(planned(List.of(D1)))
                .when(new CompleteRouteCommand(ROUTE, null))
                .expectException(violated("route-not-in-progress"));
    }
}
