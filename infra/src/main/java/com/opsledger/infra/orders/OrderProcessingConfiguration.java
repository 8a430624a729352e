package com.opsledger.infra.orders;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event processors of orders and backorders.
 * <ul>
 *   <li>{@code order-lookups} runs subscribed: its tables are written in the transaction of the command whose
 *   events they follow, so an order placed right after a customer or stock item was created finds it.</li>
 *   <li>The process managers ({@code order-process}, {@code backorder-allocation}) and {@code order-follow-up} run
 *   in tracking processors, one event per transaction: the commands they send (reservations, allocations) commit
 *   with the saga state and the token, and each event sees the lookups as the previous one left them. Being
 *   processes rather than read models they start at the head of the event store, not at its beginning.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class OrderProcessingConfiguration {

    static final String LOOKUPS = "order-lookups";
    static final String[] PROCESSES = {"order-process", "backorder-allocation", "order-follow-up"};

    @Bean
    public ConfigurerModule orderProcessors() {
        return configurer -> {
            configurer.eventProcessing().registerSubscribingEventProcessor(LOOKUPS);
            for (String process : PROCESSES) {
                configurer.eventProcessing().registerTrackingEventProcessor(process);
                configurer.eventProcessing().registerTrackingEventProcessorConfiguration(process, config ->
                        TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(1)
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
            }
        };
    }
}
