package com.opsledger.infra.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.opsledger.kernel.backorder.BackorderCreatedEvent;
import com.opsledger.kernel.order.OrderPlacedEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads the orders and backorders recorded before order lines had prices: {@link OrderPlacedEvent} revision 1 as 2
 * with every line's {@code unitPrice: null}, {@link BackorderCreatedEvent} revision 1 as 2 with
 * {@code unitPrice: null} and {@code supplierId: null} (the preferred supplier then is not known).
 */
@Component
@Order(3)
public class OrderLinePricesUpcaster extends SingleEventUpcaster {

    static final Map<SimpleSerializedType, SimpleSerializedType> NEXT = Map.of(
            new SimpleSerializedType(OrderPlacedEvent.class.getName(), "1"),
            new SimpleSerializedType(OrderPlacedEvent.class.getName(), "2"),
            new SimpleSerializedType(BackorderCreatedEvent.class.getName(), "1"),
            new SimpleSerializedType(BackorderCreatedEvent.class.getName(), "2"));

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return NEXT.containsKey(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        boolean order = representation.getType().getName().equals(OrderPlacedEvent.class.getName());
        UnaryOperator<JsonNode> change = order ? OrderLinePricesUpcaster::unpricedLines
                : OrderLinePricesUpcaster::unpricedBackorder;
        return representation.upcastPayload(NEXT.get(representation.getType()), JsonNode.class, change::apply);
    }

    static JsonNode unpricedLines(JsonNode revision1) {
        ObjectNode event = ((ObjectNode) revision1).deepCopy();
        event.path("lines").forEach(line -> {
            if (line instanceof ObjectNode l && !l.has("unitPrice")) {
                l.putNull("unitPrice");
            }
        });
        return event;
    }

    static JsonNode unpricedBackorder(JsonNode revision1) {
        ObjectNode event = ((ObjectNode) revision1).deepCopy();
        if (!event.has("unitPrice")) {
            event.putNull("unitPrice");
        }
        if (!event.has("supplierId")) {
            event.putNull("supplierId");
        }
        return event;
    }
}
