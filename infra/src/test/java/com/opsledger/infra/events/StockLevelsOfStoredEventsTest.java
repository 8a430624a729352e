package com.opsledger.infra.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.BatchView;
import com.opsledger.kernel.stockitem.StockLevels;
import com.opsledger.kernel.stockitem.StockQuarantinedEvent;
import com.opsledger.kernel.stockitem.StockReceivedEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The levels stock events carry gained what quality holds; events stored before that read as holding nothing, so
 * their available stock stays on hand less reserved.
 */
class StockLevelsOfStoredEventsTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    private static Quantity kg(String amount) {
        return Quantity.of(new BigDecimal(amount), "kg");
    }

    @Test
    void canReadLevelsStoredBeforeHoldsAsHoldingNothing() throws Exception {
        String stored = "{\"stockItemId\":\"s\",\"quantity\":{\"amount\":2,\"unit\":\"kg\"},\"lot\":null,"
                + "\"levels\":{\"onHand\":{\"amount\":5,\"unit\":\"kg\"},\"reserved\":{\"amount\":1,\"unit\":\"kg\"}}}";
        StockReceivedEvent event = json.readValue(stored, StockReceivedEvent.class);
        assertThat(event.levels().quarantined()).isEqualTo(kg("0"));
        assertThat(event.levels().available()).isEqualTo(kg("4"));
    }

    @Test
    void canKeepHeldStockOutOfWhatIsAvailableThroughTheEventStore() throws Exception {
        StockQuarantinedEvent held = new StockQuarantinedEvent("s", "qc", "B1", kg("2"), "incoming",
                new StockLevels(kg("5"), kg("1"), kg("2")));
        StockQuarantinedEvent read = json.readValue(json.writeValueAsString(held), StockQuarantinedEvent.class);
        assertThat(read).isEqualTo(held);
        assertThat(read.levels().available()).isEqualTo(kg("2"));
    }

    @Test
    void canLeaveOutWhatIsHeldWhereABatchIsNotStock() throws Exception {
        assertThat(json.writeValueAsString(new BatchView("B1", null, BigDecimal.ONE))).doesNotContain("quarantined");
        assertThat(json.readValue("{\"batch\":\"B1\",\"expiryDate\":null,\"quantity\":3,\"quarantined\":2}",
                BatchView.class).quarantined()).isEqualByComparingTo("2");
        assertThat(json.readValue("{\"batch\":\"B1\",\"expiryDate\":null,\"quantity\":3}", BatchView.class)
                .quarantined()).isNull();
    }
}
