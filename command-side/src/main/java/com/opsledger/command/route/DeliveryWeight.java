package com.opsledger.command.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.opsledger.command.lookup.ProductFacts;

import java.math.BigDecimal;

/**
 * What a delivery weighs: each line's quantity times its product's weight per unit. A line whose product has no
 * weight (or whose quantity cannot be read) counts 0 and makes the weight {@code unknown}, so the route flags it
 * rather than pretending it is light.
 */
record DeliveryWeight(BigDecimal kg, boolean unknown) {

    static DeliveryWeight of(JsonNode lines, ProductFacts products) {
        BigDecimal kg = BigDecimal.ZERO;
        boolean unknown = false;
        for (JsonNode line : lines) {
            BigDecimal perUnit = products.of(line.path("productId").asText()).map(ProductFacts.Facts::weightKg)
                    .orElse(null);
            BigDecimal quantity = quantity(line.path("quantity"));
            if (perUnit == null || quantity == null) {
                unknown = true;
            } else {
                kg = kg.add(perUnit.multiply(quantity));
            }
        }
        return new DeliveryWeight(kg, unknown);
    }

    private static BigDecimal quantity(JsonNode quantity) {
        if (quantity.isNumber()) {
            return quantity.decimalValue();
        }
        try {
            return quantity.isTextual() ? new BigDecimal(quantity.asText()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
