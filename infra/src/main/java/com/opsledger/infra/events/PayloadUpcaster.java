package com.opsledger.infra.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Map;
import java.util.function.UnaryOperator;

/** Brings each listed event revision to the next one by one change of its JSON payload. */
abstract class PayloadUpcaster extends SingleEventUpcaster {

    private final Map<SimpleSerializedType, SimpleSerializedType> next;
    private final UnaryOperator<JsonNode> change;

    PayloadUpcaster(Map<SimpleSerializedType, SimpleSerializedType> next, UnaryOperator<JsonNode> change) {
        this.next = next;
        this.change = change;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return next.containsKey(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(next.get(representation.getType()), JsonNode.class, change::apply);
    }
}
