package com.opsledger.infra.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StockReceivedEventUpcasterTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void canMoveBatchAndExpiryIntoTheLot() throws Exception {
        var upcast = StockReceivedEventUpcaster.lot(json.readTree(
                "{\"stockItemId\":\"s\",\"batch\":\"B-1\",\"expiryDate\":\"2030-01-31\",\"levels\":{}}"));
        assertThat(upcast.toString()).isEqualTo(
                "{\"stockItemId\":\"s\",\"levels\":{},\"lot\":{\"batch\":\"B-1\",\"expiryDate\":\"2030-01-31\"}}");
    }

    @Test
    void canReadAReceiptWithoutBatchAsNoLot() throws Exception {
        var upcast = StockReceivedEventUpcaster.lot(json.readTree(
                "{\"stockItemId\":\"s\",\"batch\":null,\"expiryDate\":null}"));
        assertThat(upcast.toString()).isEqualTo("{\"stockItemId\":\"s\",\"lot\":null}");
    }
}
