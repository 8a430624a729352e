package com.opsledger.query.admin;

import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every processor's transaction writes to the copy of its read model that a replay is building, if there is one. */
@Configuration(proxyBeanMethods = false)
class ReadModelCopies {

    @Bean
    ConfigurerModule readModelCopyInterceptor(ObjectProvider<PostgresReadModels> postgres) {
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor((config, processor) ->
                (unitOfWork, chain) -> {
                    postgres.getObject().useCopy(processor);
                    return chain.proceed();
                });
    }
}
