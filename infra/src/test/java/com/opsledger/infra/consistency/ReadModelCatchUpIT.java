package com.opsledger.infra.consistency;

import com.opsledger.infra.it.ApplicationIT;
import com.opsledger.kernel.purchaseorder.PurchaseOrderApprovedEvent;
import com.opsledger.kernel.stockitem.StockReceivedEvent;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A command's answer waits for the read models that handle its events, and only for those. */
class ReadModelCatchUpIT extends ApplicationIT {

    @Autowired
    ReadModelCatchUp catchUp;

    @Autowired
    EventProcessingConfiguration processing;

    private List<String> waitedFor(Set<String> types) {
        List<StreamingEventProcessor> readModels = processing.eventProcessors().values().stream()
                .filter(p -> p.getName().endsWith(ReadModelCatchUp.READ_MODEL_SUFFIX))
                .map(StreamingEventProcessor.class::cast)
                .toList();
        return catchUp.handlingAny(readModels, types).stream().map(StreamingEventProcessor::getName).toList();
    }

    @Test
    void everyPostgresReadModelSharesOneProcessorThatAReceiptWaitsFor() {
        List<String> names = waitedFor(Set.of(StockReceivedEvent.class.getName()));

        assertThat(names).containsExactly("read-models-postgres");
        assertThat(processing.eventProcessorByProcessingGroup("stock-items-postgres").orElseThrow().getName())
                .isEqualTo("read-models-postgres");
        assertThat(processing.eventProcessorByProcessingGroup("audit-trail-postgres").orElseThrow().getName())
                .isEqualTo("read-models-postgres");
    }

    @Test
    void searchIndexesAndProcessManagersRunInProcessorsOfTheirOwnThatNoCommandWaitsFor() {
        assertThat(processing.eventProcessorByProcessingGroup("stock-search-elastic").orElseThrow().getName())
                .isEqualTo("read-models-elastic");
        assertThat(processing.eventProcessorByProcessingGroup("backorder-allocation").orElseThrow().getName())
                .isEqualTo("process-managers");
        assertThat(waitedFor(null)).containsExactly("read-models-postgres");
    }

    @Test
    void anyEventWaitsForTheSharedPostgresProcessor() {
        assertThat(waitedFor(Set.of(PurchaseOrderApprovedEvent.class.getName()))).containsExactly("read-models-postgres");
        assertThat(waitedFor(Set.of("com.example.RenamedLongAgoEvent"))).containsExactly("read-models-postgres");
    }
}
