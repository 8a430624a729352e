package com.opsledger.infra.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.opsledger.kernel.stockitem.StockWrittenOffEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StockWrittenOffEventUpcasterTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void canReadAWriteOffOfRevisionOneAsOneWithoutIdDisposalNorValue() throws Exception {
        String revision1 = "{\"stockItemId\":\"s\",\"quantity\":{\"amount\":2,\"unit\":\"kg\"},\"reason\":\"torn\","
                + "\"batches\":[{\"batch\":null,\"expiryDate\":null,\"quantity\":{\"amount\":2,\"unit\":\"kg\"}}],"
                + "\"levels\":{\"onHand\":{\"amount\":3,\"unit\":\"kg\"},\"reserved\":{\"amount\":0,\"unit\":\"kg\"}}}";
        var upcast = StockWrittenOffEventUpcaster.unvalued(json.readTree(revision1));
        StockWrittenOffEvent event = json.treeToValue(upcast, StockWrittenOffEvent.class);
        assertThat(event.reason()).isEqualTo("torn");
        assertThat(event.quantity().amount()).isEqualByComparingTo("2");
        assertThat(event.levels().onHand().amount()).isEqualByComparingTo("3");
        assertThat(event.writeOffId()).isNull();
        assertThat(event.disposalMethod()).isNull();
        assertThat(event.value()).isNull();
    }
}
