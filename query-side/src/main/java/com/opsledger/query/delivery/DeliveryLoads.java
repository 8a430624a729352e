package com.opsledger.query.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.kernel.delivery.DeliveryLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a delivery weighs, as a route counts it: each line's quantity times its product's weight per unit, from the
 * products' read model when the delivery is indexed (so a replay weighs with the weights known then). A line whose
 * product has no weight counts 0 and makes the weight unknown: flagged, never refused.
 */
@Component
class DeliveryLoads {

    record Load(BigDecimal kg, boolean weightUnknown) {
    }

    record Line(String productId, BigDecimal quantity) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    DeliveryLoads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Load of(List<DeliveryLine> lines) {
        return weigh(lines.stream().map(l -> new Line(l.productId(), l.quantity() == null ? null
                : l.quantity().amount())).toList());
    }

    /** The weight of a delivery the delivery read model holds; empty while it holds none. */
    Optional<Load> ofDelivery(String deliveryId) {
        return jdbc.queryForList("select view::text from delivery_view where id = ?", String.class, deliveryId)
                .stream().findFirst().map(view -> weigh(lines(view)));
    }

    Load weigh(List<Line> lines) {
        Map<String, BigDecimal> perUnit = weights(lines.stream().map(Line::productId).distinct().toList());
        BigDecimal kg = BigDecimal.ZERO;
        boolean unknown = false;
        for (Line line : lines) {
            BigDecimal weight = perUnit.get(line.productId());
            if (weight == null || line.quantity() == null) {
                unknown = true;
            } else {
                kg = kg.add(weight.multiply(line.quantity()));
            }
        }
        BigDecimal plain = kg.stripTrailingZeros();
        return new Load(plain.scale() < 0 ? plain.setScale(0) : plain, unknown);
    }

    private Map<String, BigDecimal> weights(List<String> productIds) {
        Map<String, BigDecimal> weights = new HashMap<>();
        for (String productId : productIds) {
            jdbc.queryForList("select weight_kg from product_view where id = ? and weight_kg is not null",
                    BigDecimal.class, productId).stream().findFirst().ifPresent(kg -> weights.put(productId, kg));
        }
        return weights;
    }

    private static List<Line> lines(String view) {
        List<Line> lines = new ArrayList<>();
        try {
            for (JsonNode line : JSON.readTree(view).path("lines")) {
                JsonNode quantity = line.path("quantity");
                lines.add(new Line(line.path("productId").asText(), quantity.isNumber() ? quantity.decimalValue()
                        : quantity.isTextual() ? new BigDecimal(quantity.asText()) : null));
            }
        } catch (Exception e) {
            lines.add(new Line(null, null));
        }
        return lines;
    }
}
