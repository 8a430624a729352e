package com.opsledger.query.route;

import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.route.FindRouteQuery;
import com.opsledger.kernel.route.FindRouteTrackQuery;
import com.opsledger.kernel.route.ListRoutesQuery;
import com.opsledger.kernel.route.RoutePositionView;
import com.opsledger.kernel.route.RouteStopView;
import com.opsledger.kernel.route.RouteTrackView;
import com.opsledger.kernel.route.RouteView;
import com.opsledger.kernel.route.Routes;
import com.opsledger.query.common.Pages;
import com.opsledger.query.common.SqlFilter;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routes with their latest position and, while in progress, the estimated arrival at each stop still to serve; and
 * their tracks. A driver ({@code onlyDriverId} set) sees only their own routes.
 */
@Component
class RouteQueryHandler {

    static final Map<String, String> SORTABLE = Map.of("date", "date", "number", "number", "status", "status",
            "createdAt", "createdAt", "updatedAt", "updatedAt");
    static final int MAX_TRACK = 10_000;

    private final RouteRowRepository rows;
    private final JdbcTemplate jdbc;

    RouteQueryHandler(RouteRowRepository rows, JdbcTemplate jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    RouteView handle(FindRouteQuery query) {
        return visible(query.routeId(), query.onlyDriverId()).map(this::live).orElse(null);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<RouteView> handle(ListRoutesQuery query) {
        Specification<RouteRow> filter = Specification.allOf(
                query.driverId() == null ? null : (root, q, cb) -> cb.equal(root.get("driverId"), query.driverId()),
                query.onlyDriverId() == null ? null
                        : (root, q, cb) -> cb.equal(root.get("driverId"), query.onlyDriverId()),
                query.date() == null ? null : (root, q, cb) -> cb.equal(root.get("date"), query.date()),
                query.status() == null ? null : (root, q, cb) -> cb.equal(root.get("status"), query.status()));
        return Pages.view(rows.findAll(filter, Pages.pageable(query.page(), SORTABLE, "id")), this::live);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    RouteTrackView handle(FindRouteTrackQuery query) {
        if (visible(query.routeId(), query.onlyDriverId()).isEmpty()) {
            return null;
        }
        SqlFilter where = SqlFilter.from("from route_position where route_id = ?", query.routeId())
                .and("at >= ?", query.from() == null ? null : Timestamp.from(query.from()))
                .and("at < ?", query.to() == null ? null : Timestamp.from(query.to()));
        List<RoutePositionView> positions = jdbc.query("select latitude, longitude, at, speed_kmh " + where.sql()
                + " order by at limit " + (MAX_TRACK + 1), (rs, n) -> position(rs), where.args().toArray());
        boolean truncated = positions.size() > MAX_TRACK;
        return new RouteTrackView(query.routeId(), truncated ? positions.subList(0, MAX_TRACK) : positions, truncated);
    }

    private Optional<RouteRow> visible(String routeId, String onlyDriverId) {
        return rows.findById(routeId).filter(r -> onlyDriverId == null || onlyDriverId.equals(r.driverId));
    }

    /** The stored route with what is not an event: its latest position, and the arrival estimates that follow. */
    private RouteView live(RouteRow row) {
        RouteView r = row.toView();
        RoutePositionView last = jdbc.query("select latitude, longitude, at, speed_kmh from route_position "
                + "where route_id = ? order by at desc limit 1", (rs, n) -> position(rs), r.id()).stream()
                .findFirst().orElse(null);
        Map<String, Instant> etas = new HashMap<>();
        if (r.status().equals(Routes.IN_PROGRESS)) {
            jdbc.query("select delivery_id, eta from route_eta where route_id = ?",
                    (ResultSet rs) -> {
                        etas.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                    }, r.id());
        }
        Map<String, String> outcomes = StopOutcomes.of(jdbc, r.id());
        List<RouteStopView> stops = r.stops().stream().map(s -> outcomes.containsKey(s.deliveryId())
                ? new RouteStopView(s.deliveryId(), s.sequence(), s.plannedArrival(), null, outcomes.get(s.deliveryId()))
                : new RouteStopView(s.deliveryId(), s.sequence(), s.plannedArrival(), etas.get(s.deliveryId()),
                s.status())).toList();
        return new RouteView(r.id(), r.number(), r.status(), r.warehouseId(), r.date(), r.vehicleId(), r.driverId(),
                stops, r.loadKg(), r.unweighedDeliveryIds(), r.capacityKg(), r.distanceKm(), r.durationMinutes(),
                r.drivenKm(), r.optimisation(), last, r.startedAt(), r.completedAt(), r.version(), r.createdAt(), r.updatedAt());
    }

    private static RoutePositionView position(ResultSet rs) throws SQLException {
        return new RoutePositionView(RouteRow.plain(rs.getBigDecimal(1)), RouteRow.plain(rs.getBigDecimal(2)),
                rs.getTimestamp(3).toInstant(), RouteRow.plain(rs.getBigDecimal(4)));
    }
}
