package com.opsledger.infra.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.opsledger.kernel.stockitem.StockReceivedEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads {@link StockReceivedEvent} revision 1 ({@code batch} and {@code expiryDate} side by side) as revision 2
 * (one {@code lot}, null without a batch). Stored events are never rewritten; they are upcast each time they are read,
 * by aggregates and projections alike.
 */
@Component
@Order(0)
public class StockReceivedEventUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(StockReceivedEvent.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(StockReceivedEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, StockReceivedEventUpcaster::lot);
    }

    /** {@code {batch, expiryDate}} -> {@code {lot: {batch, expiryDate}}}, or {@code lot: null} without a batch. */
    static JsonNode lot(JsonNode revision1) {
        ObjectNode event = ((ObjectNode) revision1).deepCopy();
        JsonNode batch = event.remove("batch");
        JsonNode expiryDate = event.remove("expiryDate");
        if (batch == null || batch.isNull()) {
            event.putNull("lot");
        } else {
            ObjectNode lot = JsonNodeFactory.instance.objectNode();
            lot.set("batch", batch);
            lot.set("expiryDate", expiryDate == null ? JsonNodeFactory.instance.nullNode() : expiryDate);
            event.set("lot", lot);
        }
        return event;
    }
}
