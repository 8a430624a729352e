package com.opsledger.infra.axon;

import java.util.Set;

/**
 * Which processor each projection (processing group) runs in. A processor costs a thread, a transaction and a token
 * update per batch, whatever it handles; so the projections share a processor per store and purpose:
 * <ul>
 *   <li>{@code read-models-postgres}: every PostgreSQL read model ({@code *-postgres}), one transaction for all of
 *   them per batch, with the token in the same transaction (exactly once);</li>
 *   <li>{@code read-models-elastic}: every search index ({@code *-elastic}), one bulk request per index per batch;</li>
 *   <li>{@code process-managers}: the processes that act on records (sagas and the follow-ups that send commands),
 *   one event per transaction (see {@code OrderProcessingConfiguration});</li>
 *   <li>anything else (customer messages, the subscribed order and procurement lookups) keeps a processor of its own.</li>
 * </ul>
 * One projection is still replayed alone, in a processor of its own, while its shared processor goes on.
 */
public final class ProcessingGroups {

    public static final String POSTGRES = "read-models-postgres";
    public static final String ELASTIC = "read-models-elastic";
    public static final String PROCESS_MANAGERS = "process-managers";

    static final Set<String> PROCESSES = Set.of("order-process", "backorder-allocation", "order-follow-up",
            "replenishment-trigger", "GoodsReceiptProcessProcessor", "erasure-follow-up",
            "excursion-storage-checks", "stocktake-posting",
            "delivery-follow-up", "route-dispatch",
            "quality-stock-follow-up");

    private ProcessingGroups() {
    }

    public static String processorOf(String processingGroup) {
        if (PROCESSES.contains(processingGroup)) {
            return PROCESS_MANAGERS;
        }
        if (processingGroup.endsWith("-postgres")) {
            return POSTGRES;
        }
        if (processingGroup.endsWith("-elastic")) {
            return ELASTIC;
        }
        return processingGroup;
    }
}
