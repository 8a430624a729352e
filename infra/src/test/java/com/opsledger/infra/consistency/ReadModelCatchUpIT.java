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
    void aReceiptWaitsForTheStockTablesAndTheAuditTrailOnly() {
        List<String> names = waitedFor(Set.of(StockReceivedEvent.class.getName()));

        assertThat(names).contains("stock-items-postgres", "stock-movements-postgres", "audit-trail-postgres")
                .doesNotContain("purchase-orders-postgres", "access-postgres", "products-postgres");
    }

    @Test
    void anApprovalWaitsForThePurchasingTables() {
        List<String> names = waitedFor(Set.of(PurchaseOrderApprovedEvent.class.getName()));

        assertThat(names).contains("purchase-orders-postgres", "audit-trail-postgres")
                .doesNotContain("stock-items-postgres", "stock-movements-postgres");
    }

    @Test
    void unknownTypesOrAnUnknownCommandWaitForEveryReadModel() {
        List<String> all = waitedFor(null);

        assertThat(all).hasSizeGreaterThan(10).contains("stock-items-postgres", "purchase-orders-postgres");
        assertThat(waitedFor(Set.of("com.example.RenamedLongAgoEvent"))).containsExactlyInAnyOrderElementsOf(all);
    }
}
