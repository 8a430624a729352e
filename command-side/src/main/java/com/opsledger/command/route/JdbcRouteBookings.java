package com.opsledger.command.route;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

@Component
class JdbcRouteBookings implements RouteBookings {

    private final JdbcTemplate jdbc;

    JdbcRouteBookings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bookVehicle(String vehicleId, LocalDate date, String routeId) {
        book("vehicle", vehicleId, date, routeId, "vehicleId", "vehicle-already-routed", "the vehicle");
    }

    @Override
    public void bookDriver(String driverId, LocalDate date, String routeId) {
        book("driver", driverId, date, routeId, "driverId", "driver-already-routed", "the driver");
    }

    private void book(String kind, String resourceId, LocalDate date, String routeId, String field, String rule,
                      String what) {
        jdbc.update("insert into cmd_route_booking (kind, resource_id, route_date, route_id) values (?, ?, ?, ?) "
                + "on conflict do nothing", kind, resourceId, Date.valueOf(date), routeId);
        String holder = jdbc.queryForObject("select route_id from cmd_route_booking where kind = ? and resource_id = ? "
                + "and route_date = ?", String.class, kind, resourceId, Date.valueOf(date));
        if (!routeId.equals(holder)) {
            throw new BusinessRuleViolationException(rule, field, what + " is on route " + holder + " on " + date);
        }
    }

    @Override
    public void bookDeliveries(List<String> deliveryIds, String routeId) {
        for (String deliveryId : deliveryIds) {
            jdbc.update("insert into cmd_route_delivery (delivery_id, route_id) values (?, ?) on conflict do nothing",
                    deliveryId, routeId);
            String holder = jdbc.queryForObject("select route_id from cmd_route_delivery where delivery_id = ?",
                    String.class, deliveryId);
            if (!routeId.equals(holder)) {
                throw new BusinessRuleViolationException("delivery-already-routed", "deliveryIds",
                        "delivery " + deliveryId + " is on route " + holder);
            }
        }
    }

    @Override
    public void releaseDeliveries(List<String> deliveryIds, String routeId) {
        for (String deliveryId : deliveryIds) {
            jdbc.update("delete from cmd_route_delivery where delivery_id = ? and route_id = ?", deliveryId, routeId);
        }
    }

    @Override
    public void route(String routeId, Booked booked) {
        jdbc.update("insert into cmd_route (route_id, driver_id, vehicle_id, status, warehouse_id, delivery_ids) "
                + "values (?, ?, ?, ?, ?, ?) on conflict (route_id) do update set driver_id = excluded.driver_id, "
                + "vehicle_id = excluded.vehicle_id, "
                + "status = excluded.status, warehouse_id = excluded.warehouse_id, "
                + "delivery_ids = excluded.delivery_ids", routeId, booked.driverId(), booked.vehicleId(),
                booked.status(),
                booked.warehouseId(), String.join(",", booked.deliveryIds()));
    }

    @Override
    public Optional<Booked> route(String routeId) {
        return jdbc.query("select driver_id, vehicle_id, status, warehouse_id, delivery_ids from cmd_route "
                        + "where route_id = ?",
                (rs, row) -> new Booked(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5).isEmpty() ? List.of() : Arrays.asList(rs.getString(5).split(","))),
                routeId).stream().findFirst();
    }
}
