package com.opsledger.command.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.command.lookup.ProductFacts;
import com.opsledger.command.routing.GeoPoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Optional;

/**
 * Route facts read from the delivery, order and warehouse read models: a delivery's warehouse, status, time slot and
 * the coordinates of its order's delivery address (when it has them: a delivery view holds no address, it is read
 * from the order so that an erasure takes it from both), a warehouse's coordinates. A delivery weighs the sum of its
 * lines' quantity times their product's {@code weightKg} ({@link ProductFacts}); a line whose product has no weight
 * counts 0 and flags the delivery.
 */
@Component
class ProjectedRouteFacts implements RouteFacts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final ProductFacts products;

    ProjectedRouteFacts(JdbcTemplate jdbc, ProductFacts products) {
        this.jdbc = jdbc;
        this.products = products;
    }

    @Override
    public Optional<DeliveryFacts> delivery(String deliveryId) {
        return jdbc.query("select d.warehouse_id, d.status, d.slot_from, d.slot_to, d.view, o.delivery_address "
                        + "from delivery_view d left join order_view o on o.id = d.order_id where d.id = ?",
                (rs, n) -> {
                    JsonNode view = read(rs.getString(5));
                    JsonNode address = rs.getString(6) == null ? view.path("address") : read(rs.getString(6));
                    DeliveryWeight weight = DeliveryWeight.of(view.path("lines"), products);
                    return new DeliveryFacts(deliveryId, rs.getString(1), rs.getString(2),
                            point(address.path("latitude"), address.path("longitude")), instant(rs.getTimestamp(3)),
                            instant(rs.getTimestamp(4)), weight.kg(), weight.unknown());
                }, deliveryId).stream().findFirst();
    }

    @Override
    public Optional<GeoPoint> warehouse(String warehouseId) {
        return jdbc.query("select latitude, longitude from warehouse_view where id = ? and latitude is not null "
                        + "and longitude is not null",
                (rs, n) -> new GeoPoint(rs.getDouble(1), rs.getDouble(2)), warehouseId).stream().findFirst();
    }

    private static GeoPoint point(JsonNode latitude, JsonNode longitude) {
        if (!latitude.isNumber() || !longitude.isNumber()) {
            return null;
        }
        try {
            return new GeoPoint(latitude.asDouble(), longitude.asDouble());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
