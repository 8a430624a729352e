package com.opsledger.command.route;

import com.opsledger.command.routing.GeoPoint;
import com.opsledger.command.routing.RoutePlanner;
import com.opsledger.command.routing.Trip;
import com.opsledger.command.routing.TripMeasure;
import com.opsledger.command.routing.TripStop;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.route.Routes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a route's vehicle is: positions kept as a time series in PostgreSQL (not events: there are many, and nothing
 * decides on them), and from the latest one the estimated arrival at each stop still to serve, driving on from there
 * at the planned speed.
 */
@Component
public class RoutePositions implements DrivenDistance {

    public record Position(BigDecimal latitude, BigDecimal longitude, Instant at, BigDecimal speedKmh) {
    }

    private final JdbcTemplate jdbc;
    private final RouteBookings bookings;
    private final RouteFacts facts;
    private final RoutePlanner planner;
    private final com.opsledger.command.routing.DistanceSource distances;

    RoutePositions(JdbcTemplate jdbc, RouteBookings bookings, RouteFacts facts, RoutePlanner planner,
                   com.opsledger.command.routing.DistanceSource distances) {
        this.distances = distances;
        this.jdbc = jdbc;
        this.bookings = bookings;
        this.facts = facts;
        this.planner = planner;
    }

    /** Records the positions of a route in progress; a driver ({@code actingDriverId}) reports only their own. */
    @Transactional
    public int record(String routeId, String actingDriverId, List<Position> positions) {
        RouteBookings.Booked route = bookings.route(routeId)
                .filter(r -> actingDriverId == null || actingDriverId.equals(r.driverId()))
                .orElseThrow(() -> new NotFoundException("route", routeId));
        if (!route.status().equals(Routes.IN_PROGRESS)) {
            throw new BusinessRuleViolationException("route-not-in-progress", "the route is " + route.status()
                    + "; positions are reported while it is in progress");
        }
        List<Object[]> rows = positions.stream().map(p -> new Object[]{routeId, Timestamp.from(p.at()), p.latitude(),
                p.longitude(), p.speedKmh()}).toList();
        int[][] written = jdbc.batchUpdate("insert into route_position (route_id, at, latitude, longitude, speed_kmh) "
                + "values (?, ?, ?, ?, ?) on conflict do nothing", rows, 500, (ps, row) -> {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                });
        estimate(routeId, route);
        int count = 0;
        for (int[] batch : written) {
            for (int n : batch) {
                count += Math.max(n, 0);
            }
        }
        return count;
    }

    @Override
    public BigDecimal drivenKm(String routeId) {
        List<GeoPoint> track = jdbc.query("select latitude, longitude from route_position where route_id = ? "
                + "order by at", (rs, n) -> new GeoPoint(rs.getDouble(1), rs.getDouble(2)), routeId);
        if (track.size() < 2) {
            return null;
        }
        double metres = 0;
        for (int i = 1; i < track.size(); i++) {
            metres += distances.metres(track.get(i - 1), track.get(i));
        }
        return BigDecimal.valueOf(metres / 1000).setScale(3, java.math.RoundingMode.HALF_UP);
    }

    /** The arrival at each open stop, from the latest position on, when it and those stops have coordinates. */
    private void estimate(String routeId, RouteBookings.Booked route) {
        List<Position> latest = jdbc.query("select latitude, longitude, at, speed_kmh from route_position "
                        + "where route_id = ? order by at desc limit 1",
                (rs, n) -> new Position(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getTimestamp(3).toInstant(),
                        rs.getBigDecimal(4)), routeId);
        List<TripStop> remaining = new ArrayList<>();
        for (String deliveryId : route.deliveryIds()) {
            RouteFacts.DeliveryFacts delivery = facts.delivery(deliveryId).orElse(null);
            if (delivery == null || !delivery.open()) {
                continue;
            }
            if (delivery.point() == null) {
                return;
            }
            remaining.add(new TripStop(deliveryId, delivery.point(), 0, delivery.slotFrom(), delivery.slotTo()));
        }
        jdbc.update("delete from route_eta where route_id = ?", routeId);
        if (latest.isEmpty() || remaining.isEmpty()) {
            return;
        }
        Position here = latest.get(0);
        Trip onwards = new Trip(new GeoPoint(here.latitude().doubleValue(), here.longitude().doubleValue()),
                here.at(), remaining, Long.MAX_VALUE, planner.speedKmh(), planner.serviceTime());
        TripMeasure measure = planner.measure(onwards);
        for (int i = 0; i < measure.order().size(); i++) {
            jdbc.update("insert into route_eta (route_id, delivery_id, eta) values (?, ?, ?)", routeId,
                    measure.order().get(i), Timestamp.from(Objects.requireNonNull(measure.arrivals().get(i))));
        }
    }
}
