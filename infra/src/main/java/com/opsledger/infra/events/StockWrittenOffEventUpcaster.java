package com.opsledger.infra.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.opsledger.kernel.stockitem.StockWrittenOffEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads {@link StockWrittenOffEvent} revision 1 as revision 2: a write-off from before approvals, disposal methods and
 * values had none of them ({@code writeOffId}, {@code disposalMethod} and {@code value} null).
 */
@Component
@Order(0)
public class StockWrittenOffEventUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(StockWrittenOffEvent.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(StockWrittenOffEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, StockWrittenOffEventUpcaster::unvalued);
    }

    static JsonNode unvalued(JsonNode revision1) {
        ObjectNode event = ((ObjectNode) revision1).deepCopy();
        event.putNull("writeOffId");
        event.putNull("disposalMethod");
        event.putNull("value");
        return event;
    }
}
