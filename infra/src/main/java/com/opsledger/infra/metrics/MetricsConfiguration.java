package com.opsledger.infra.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What OpsLedger measures beyond Spring Boot's own meters (HTTP requests, JVM, connection pools): its commands
 * ({@link CommandMetrics}); the projections' progress is measured where the projections are (query side). All of it is
 * served in Prometheus' format at {@code /actuator/prometheus} to callers holding {@code metrics:read}.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    ConfigurerModule commandMetrics(ObjectProvider<MeterRegistry> registry) {
        CommandMetrics metrics = new CommandMetrics(registry::getObject);
        return configurer -> configurer.configureMessageMonitor(CommandBus.class, config -> metrics);
    }
}
