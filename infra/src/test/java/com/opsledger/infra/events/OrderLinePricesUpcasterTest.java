package com.opsledger.infra.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.kernel.backorder.BackorderCreatedEvent;
import com.opsledger.kernel.order.OrderPlacedEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderLinePricesUpcasterTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void canReadAnOrderPlacedBeforePricesWithUnpricedLines() throws Exception {
        var upcast = OrderLinePricesUpcaster.unpricedLines(json.readTree("{\"orderId\":\"o\",\"customerId\":\"c\","
                + "\"customerTier\":\"gold\",\"warehouseId\":\"w\",\"lines\":[{\"lineId\":\"l1\",\"productId\":\"p\","
                + "\"stockItemId\":\"s\",\"quantity\":{\"amount\":4,\"unit\":\"kg\"}}],\"deliveryAddress\":null,"
                + "\"requestedDate\":\"2026-01-05\"}"));
        assertThat(upcast.path("lines").get(0).has("unitPrice")).isTrue();
        OrderPlacedEvent event = json.treeToValue(upcast, OrderPlacedEvent.class);
        assertThat(event.lines()).hasSize(1);
        assertThat(event.lines().get(0).unitPrice()).isNull();
        assertThat(event.lines().get(0).quantity().amount()).isEqualByComparingTo("4");
    }

    @Test
    void canReadABackorderCreatedBeforePricesWithoutPriceOrSupplier() throws Exception {
        var upcast = OrderLinePricesUpcaster.unpricedBackorder(json.readTree("{\"backorderId\":\"b\",\"orderId\":\"o\","
                + "\"lineId\":\"l1\",\"customerId\":\"c\",\"productId\":\"p\",\"warehouseId\":\"w\","
                + "\"stockItemId\":\"s\",\"quantity\":{\"amount\":2,\"unit\":\"kg\"},\"priority\":1,"
                + "\"slaDueDate\":null,\"eta\":null,\"etaBasis\":\"unknown\",\"orderPlacedAt\":null}"));
        assertThat(upcast.has("unitPrice")).isTrue();
        assertThat(upcast.has("supplierId")).isTrue();
        BackorderCreatedEvent event = json.treeToValue(upcast, BackorderCreatedEvent.class);
        assertThat(event.unitPrice()).isNull();
        assertThat(event.supplierId()).isNull();
        assertThat(event.priority()).isEqualTo(1);
    }

    @Test
    void canUpcastOnlyTheFirstRevisionsToTheSecond() {
        assertThat(OrderLinePricesUpcaster.NEXT).hasSize(2)
                .containsEntry(new SimpleSerializedType(OrderPlacedEvent.class.getName(), "1"),
                        new SimpleSerializedType(OrderPlacedEvent.class.getName(), "2"))
                .containsEntry(new SimpleSerializedType(BackorderCreatedEvent.class.getName(), "1"),
                        new SimpleSerializedType(BackorderCreatedEvent.class.getName(), "2"));
    }
}
