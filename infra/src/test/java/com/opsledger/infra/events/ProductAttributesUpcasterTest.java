package com.opsledger.infra.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.kernel.catalog.ProductAttributes;
import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductAttributesUpcasterTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void canReadAProductCreatedBeforeHandlingAndPricesAsHavingNone() throws Exception {
        var upcast = ProductAttributesUpcaster.withoutAttributes(json.readTree("{\"productId\":\"p\",\"sku\":\"F-1\","
                + "\"name\":\"Flour\",\"unit\":\"kg\",\"reorderPoint\":{\"amount\":5,\"unit\":\"kg\"},"
                + "\"leadTimeDays\":7,\"description\":null,\"category\":\"Dry\"}"));
        ProductCreatedEvent event = json.treeToValue(upcast, ProductCreatedEvent.class);
        assertThat(event.attributes()).isEqualTo(ProductAttributes.NONE);
        assertThat(event.attributes().inspection()).isEqualTo("none");
        assertThat(event.attributes().price()).isNull();
        assertThat(event.category()).isEqualTo("Dry");
        assertThat(event.leadTimeDays()).isEqualTo(7);
    }

    @Test
    void canReadAProductUpdateBeforeHandlingAndPricesAsClearingNone() throws Exception {
        var upcast = ProductAttributesUpcaster.withoutAttributes(json.readTree("{\"productId\":\"p\",\"name\":\"Rye\","
                + "\"reorderPoint\":{\"amount\":1,\"unit\":\"kg\"},\"leadTimeDays\":2,\"description\":\"d\","
                + "\"category\":null}"));
        ProductUpdatedEvent event = json.treeToValue(upcast, ProductUpdatedEvent.class);
        assertThat(event.attributes()).isEqualTo(ProductAttributes.NONE);
        assertThat(event.name()).isEqualTo("Rye");
    }

    @Test
    void canKeepAttributesAPayloadAlreadyHas() throws Exception {
        var upcast = ProductAttributesUpcaster.withoutAttributes(json.readTree("{\"productId\":\"p\",\"name\":\"Rye\","
                + "\"reorderPoint\":{\"amount\":1,\"unit\":\"kg\"},\"leadTimeDays\":2,\"description\":null,"
                + "\"category\":null,\"attributes\":{\"perishable\":true,\"shelfLifeDays\":5,"
                + "\"inspection\":\"on-receipt\",\"price\":{\"amount\":2.5,\"currency\":\"EUR\"}}}"));
        ProductUpdatedEvent event = json.treeToValue(upcast, ProductUpdatedEvent.class);
        assertThat(event.attributes().perishable()).isTrue();
        assertThat(event.attributes().shelfLifeDays()).isEqualTo(5);
        assertThat(event.attributes().price().toString()).isEqualTo("2.50 EUR");
    }

    @Test
    void canUpcastOnlyTheSecondRevisionOfBothEventsToTheThird() {
        assertThat(ProductAttributesUpcaster.NEXT).containsEntry(
                        new SimpleSerializedType(ProductCreatedEvent.class.getName(), "2"),
                        new SimpleSerializedType(ProductCreatedEvent.class.getName(), "3"))
                .containsEntry(new SimpleSerializedType(ProductUpdatedEvent.class.getName(), "2"),
                        new SimpleSerializedType(ProductUpdatedEvent.class.getName(), "3"))
                .hasSize(2);
    }
}
