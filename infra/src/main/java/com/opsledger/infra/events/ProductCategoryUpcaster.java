package com.opsledger.infra.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Reads {@link ProductCreatedEvent} and {@link ProductUpdatedEvent} revision 1, from before products had a category,
 * as revision 2 with {@code category: null} (uncategorised).
 */
@Component
@Order(1)
public class ProductCategoryUpcaster extends PayloadUpcaster {

    static final Map<SimpleSerializedType, SimpleSerializedType> NEXT = Map.of(
            new SimpleSerializedType(ProductCreatedEvent.class.getName(), "1"),
            new SimpleSerializedType(ProductCreatedEvent.class.getName(), "2"),
            new SimpleSerializedType(ProductUpdatedEvent.class.getName(), "1"),
            new SimpleSerializedType(ProductUpdatedEvent.class.getName(), "2"));

    public ProductCategoryUpcaster() {
        super(NEXT, ProductCategoryUpcaster::uncategorised);
    }

    /** Adds {@code category: null}; a payload that somehow has one already keeps it. */
    static JsonNode uncategorised(JsonNode revision1) {
        ObjectNode event = ((ObjectNode) revision1).deepCopy();
        if (!event.has("category")) {
            event.putNull("category");
        }
        return event;
    }
}
