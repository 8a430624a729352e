package com.opsledger.infra.stocktakes;

import com.opsledger.command.lookup.LookupGroups;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code stock-lookups} runs subscribed: each stock item's balance and batches, which stocktake counts compare with,
 * change in the transaction of the movement whose events they follow, or (when writing them fails) not at all.
 */
@Configuration(proxyBeanMethods = false)
public class StocktakeProcessingConfiguration {

    @Bean
    public ConfigurerModule stocktakeProcessors() {
        return configurer -> {
            configurer.eventProcessing().registerSubscribingEventProcessor(LookupGroups.STOCK);
            configurer.eventProcessing().registerListenerInvocationErrorHandler(LookupGroups.STOCK,
                    config -> PropagatingErrorHandler.instance());
        };
    }
}
