package com.opsledger.command.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.command.delivery.PreDispatchChecks;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.delivery.DeliveryLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** The deliveries' pre-dispatch gate ({@link PreDispatchChecks}) over their lines as the delivery read model has them. */
@Component
class QualityGatedRouteStart implements RouteStartChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final PreDispatchChecks checks;

    QualityGatedRouteStart(JdbcTemplate jdbc, PreDispatchChecks checks) {
        this.jdbc = jdbc;
        this.checks = checks;
    }

    @Override
    public List<String> held(String warehouseId, List<String> deliveryIds) {
        List<String> held = new ArrayList<>();
        for (String deliveryId : deliveryIds) {
            List<DeliveryLine> lines = new ArrayList<>();
            for (String view : jdbc.queryForList("select view from delivery_view where id = ?", String.class,
                    deliveryId)) {
                for (JsonNode line : read(view).path("lines")) {
                    lines.add(new DeliveryLine(line.path("lineId").asText(), line.path("productId").asText(),
                            line.path("stockItemId").asText(), Quantity.of(quantity(line.path("quantity")),
                            line.path("unit").asText()), List.of()));
                }
            }
            checks.missing(warehouseId, lines).forEach(reason -> held.add("delivery " + deliveryId + ": " + reason));
        }
        return held;
    }

    private static java.math.BigDecimal quantity(JsonNode quantity) {
        try {
            return quantity.isNumber() ? quantity.decimalValue() : new java.math.BigDecimal(quantity.asText());
        } catch (NumberFormatException e) {
            return java.math.BigDecimal.ZERO;
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }
}
