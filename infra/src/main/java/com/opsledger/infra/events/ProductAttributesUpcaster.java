package com.opsledger.infra.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.opsledger.kernel.catalog.ProductAttributes;
import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Reads {@link ProductCreatedEvent} and {@link ProductUpdatedEvent} revision 2, from before products had handling
 * details, a weight, a price and a cost, as revision 3 with {@link ProductAttributes#NONE}. Runs after
 * {@link ProductCategoryUpcaster}, which brings revision 1 to 2.
 */
@Component
@Order(2)
public class ProductAttributesUpcaster extends PayloadUpcaster {

    static final Map<SimpleSerializedType, SimpleSerializedType> NEXT = Map.of(
            new SimpleSerializedType(ProductCreatedEvent.class.getName(), "2"),
            new SimpleSerializedType(ProductCreatedEvent.class.getName(), "3"),
            new SimpleSerializedType(ProductUpdatedEvent.class.getName(), "2"),
            new SimpleSerializedType(ProductUpdatedEvent.class.getName(), "3"));

    public ProductAttributesUpcaster() {
        super(NEXT, ProductAttributesUpcaster::withoutAttributes);
    }

    /** Adds the attributes of a product about which none is known; a payload that has some keeps them. */
    static JsonNode withoutAttributes(JsonNode revision2) {
        ObjectNode event = ((ObjectNode) revision2).deepCopy();
        if (!event.hasNonNull("attributes")) {
            ObjectNode none = JsonNodeFactory.instance.objectNode();
            none.put("perishable", false);
            none.putNull("shelfLifeDays");
            none.putNull("storageTemperatureMinC");
            none.putNull("storageTemperatureMaxC");
            none.put("inspection", ProductAttributes.NO_INSPECTION);
            none.putNull("weightKg");
            none.putNull("price");
            none.putNull("cost");
            event.set("attributes", none);
        }
        return event;
    }
}
