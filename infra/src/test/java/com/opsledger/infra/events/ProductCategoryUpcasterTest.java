package com.opsledger.infra.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductCategoryUpcasterTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void canReadAProductCreatedBeforeCategoriesAsUncategorised() throws Exception {
        var upcast = ProductCategoryUpcaster.uncategorised(json.readTree("{\"productId\":\"p\",\"sku\":\"F-1\","
                + "\"name\":\"Flour\",\"unit\":\"kg\",\"reorderPoint\":{\"amount\":5,\"unit\":\"kg\"},"
                + "\"leadTimeDays\":7,\"description\":null}"));
        assertThat(upcast.toString()).isEqualTo("{\"productId\":\"p\",\"sku\":\"F-1\",\"name\":\"Flour\","
                + "\"unit\":\"kg\",\"reorderPoint\":{\"amount\":5,\"unit\":\"kg\"},\"leadTimeDays\":7,"
                + "\"description\":null,\"category\":null}");
        ProductCreatedEvent event = json.treeToValue(upcast, ProductCreatedEvent.class);
        assertThat(event.category()).isNull();
        assertThat(event.name()).isEqualTo("Flour");
    }

    @Test
    void canReadAProductUpdateBeforeCategoriesAsUncategorised() throws Exception {
        var upcast = ProductCategoryUpcaster.uncategorised(json.readTree("{\"productId\":\"p\",\"name\":\"Rye\","
                + "\"reorderPoint\":{\"amount\":1,\"unit\":\"kg\"},\"leadTimeDays\":2,\"description\":\"d\"}"));
        ProductUpdatedEvent event = json.treeToValue(upcast, ProductUpdatedEvent.class);
        assertThat(event.category()).isNull();
        assertThat(event.description()).isEqualTo("d");
    }

    @Test
    void canUpcastOnlyTheFirstRevisionOfBothEventsToTheSecond() {
        assertThat(ProductCategoryUpcaster.NEXT).containsEntry(
                new SimpleSerializedType(ProductCreatedEvent.class.getName(), "1"),
                new SimpleSerializedType(ProductCreatedEvent.class.getName(), "2"))
                .containsEntry(new SimpleSerializedType(ProductUpdatedEvent.class.getName(), "1"),
                        new SimpleSerializedType(ProductUpdatedEvent.class.getName(), "2"))
                .hasSize(2);
    }
}
