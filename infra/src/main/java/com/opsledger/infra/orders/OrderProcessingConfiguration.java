package com.opsledger.infra.orders;

import com.opsledger.command.lookup.LookupGroups;
import com.opsledger.infra.axon.ProcessingGroups;
import com.opsledger.infra.axon.ProcessorProgress;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event processors of orders, backorders and purchase orders.
 * <ul>
 *   <li>{@code order-lookups} runs subscribed: its tables are written in the transaction of the command whose
 *   events they follow, so an order placed right after a customer or stock item was created finds it.</li>
 *   <li>{@code procurement-lookups} runs subscribed too: the purchase orders and earlier invoices an invoice is
 *   matched against, and the replenishment drafts released when submitted or cancelled, change with the command
 *   whose events they follow, or (when writing them fails) not at all.</li>
 *   <li>The process managers ({@code order-process}, {@code backorder-allocation}, the goods receipt process) and
 *   the follow-ups that send commands ({@code order-follow-up}, {@code replenishment-trigger}) share one tracking
 *   processor ({@link ProcessingGroups#PROCESS_MANAGERS}), one event per transaction: the commands they send
 *   (reservations, allocations) commit with the saga state and the token, and each event sees the lookups as the
 *   previous one left them (the lookups are written when a unit of work's root commits, so a larger batch would let
 *   its later events decide on what the earlier ones changed without seeing it). Events that none of them handles
 *   are passed over many at a time, with one token update. Being processes rather than read models they start at
 *   the head of the event store, not at its beginning.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class OrderProcessingConfiguration {

    static final String LOOKUPS = LookupGroups.ORDERS;
    static final String PROCUREMENT_LOOKUPS = LookupGroups.PROCUREMENT;

    @Bean
    public ConfigurerModule orderProcessors(ProcessorProgress progress) {
        return configurer -> {
            configurer.eventProcessing().registerSubscribingEventProcessor(LOOKUPS);
            configurer.eventProcessing().registerSubscribingEventProcessor(PROCUREMENT_LOOKUPS);
            configurer.eventProcessing().registerListenerInvocationErrorHandler(PROCUREMENT_LOOKUPS,
                    config -> PropagatingErrorHandler.instance());
            configurer.eventProcessing().registerSubscribingEventProcessor(LookupGroups.DELIVERIES);
            configurer.eventProcessing().registerListenerInvocationErrorHandler(LookupGroups.DELIVERIES,
                    config -> PropagatingErrorHandler.instance());
            configurer.eventProcessing().registerTrackingEventProcessor(ProcessingGroups.PROCESS_MANAGERS);
            configurer.eventProcessing().registerTrackingEventProcessorConfiguration(ProcessingGroups.PROCESS_MANAGERS,
                    config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                            .andBatchSize(1)
                            .andInitialTrackingToken(StreamableMessageSource::createHeadToken)
                            .andEventTrackerStatusChangeListener(progress));
        };
    }
}
