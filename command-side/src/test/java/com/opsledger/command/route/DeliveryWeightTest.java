package com.opsledger.command.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.command.lookup.ProductFacts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryWeightTest {

    private static final ProductFacts PRODUCTS = id -> Optional.ofNullable(Map.of(
            "flour", new ProductFacts.Facts(false, null, null, new BigDecimal("25"), null, null),
            "air", new ProductFacts.Facts(false, null, null, null, null, null)).get(id));

    private static JsonNode lines(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void canWeighEachLineByItsQuantityTimesItsProductsWeight() throws Exception {
        DeliveryWeight weight = DeliveryWeight.of(lines("[{\"productId\":\"flour\",\"quantity\":4},"
                + "{\"productId\":\"flour\",\"quantity\":\"0.5\"}]"), PRODUCTS);
        assertThat(weight.kg()).isEqualByComparingTo("112.5");
        assertThat(weight.unknown()).isFalse();
    }

    @Test
    void cannotWeighAProductWithoutWeightAndSaysSo() throws Exception {
        DeliveryWeight weight = DeliveryWeight.of(lines("[{\"productId\":\"flour\",\"quantity\":2},"
                + "{\"productId\":\"air\",\"quantity\":3},{\"productId\":\"unknown\",\"quantity\":1}]"), PRODUCTS);
        assertThat(weight.kg()).as("what is known still counts").isEqualByComparingTo("50");
        assertThat(weight.unknown()).isTrue();
    }
}
