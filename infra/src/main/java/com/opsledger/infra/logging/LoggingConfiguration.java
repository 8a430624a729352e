package com.opsledger.infra.logging;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.lifecycle.Phase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The correlation id on every log line: requests through {@link CorrelationIdFilter}, the commands and events handled
 * outside a request through {@link CorrelationIdLogging}. Lines are plain text by default and JSON with
 * {@code logging.structured.format.console=ecs} (or {@code logstash}), the correlation id then a field of its own.
 */
@Configuration(proxyBeanMethods = false)
class LoggingConfiguration {

    @Bean
    ConfigurerModule correlationIdInLogs() {
        return configurer -> {
            configurer.eventProcessing().registerDefaultHandlerInterceptor((config, processor) ->
                    new CorrelationIdLogging<EventMessage<?>>());
            configurer.onInitialize(config -> config.onStart(Phase.OUTBOUND_COMMAND_CONNECTORS, () ->
                    config.commandBus().registerHandlerInterceptor(new CorrelationIdLogging<CommandMessage<?>>())));
        };
    }
}
