package com.opsledger.infra.embedded;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts the embedded PostgreSQL and Elasticsearch before the application context exists, for whichever of
 * {@code spring.datasource.url} and {@code spring.elasticsearch.uris} is not configured, and supplies their
 * addresses. Runs after application.yml and profiles are loaded, so configuring either address (or
 * {@code opsledger.embedded.enabled=false}) there switches the embedded server off.
 *
 * <p>The data directory is {@code opsledger.data-dir}, which the environment variable
 * {@code OPSLEDGER_DATA_DIR} also sets through relaxed binding, by default {@code ./data}.
 */
public class EmbeddedServicesEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final int ORDER = ConfigDataEnvironmentPostProcessor.ORDER + 10;
    public static final String PROPERTY_SOURCE_NAME = "opsledgerEmbeddedServices";

    static final String ENABLED = "opsledger.embedded.enabled";
    static final String DATA_DIR = "opsledger.data-dir";
    static final String DEFAULT_DATA_DIR = "./data";
    static final String DATASOURCE_URL = "spring.datasource.url";
    static final String ELASTICSEARCH_URIS = "spring.elasticsearch.uris";

    private final Log log;

    public EmbeddedServicesEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedServicesEnvironmentPostProcessor.class);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(ENABLED, Boolean.class, true)) {
            log.debug("Embedded servers disabled by " + ENABLED + "=false");
            return;
        }
        if (environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
            // Already processed; our own addresses now count as configured.
            return;
        }
        boolean postgres = !StringUtils.hasText(environment.getProperty(DATASOURCE_URL));
        boolean elasticsearch = !StringUtils.hasText(environment.getProperty(ELASTICSEARCH_URIS));
        if (!postgres && !elasticsearch) {
            return;
        }
        Path dataDirectory = Path.of(environment.getProperty(DATA_DIR, DEFAULT_DATA_DIR)).toAbsolutePath().normalize();
        long started = System.nanoTime();
        EmbeddedServices services = EmbeddedServices.start(dataDirectory, postgres, elasticsearch);
        Map<String, Object> properties = suppliedProperties(services, postgres, elasticsearch);
        // Last place: anything configured anywhere, including sources added later (tests), takes precedence.
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
        log.info(String.format("Embedded servers ready in %d ms, data in %s:%s%s",
                (System.nanoTime() - started) / 1_000_000, services.dataDir(),
                postgres ? " PostgreSQL " + services.jdbcUrl() : "",
                elasticsearch ? " Elasticsearch " + services.elasticsearchUri() : ""));
    }

    private static Map<String, Object> suppliedProperties(EmbeddedServices services, boolean postgres, boolean elasticsearch) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (postgres) {
            properties.put(DATASOURCE_URL, services.jdbcUrl());
            properties.put("spring.datasource.username", services.username());
            properties.put("spring.datasource.password", services.password());
            properties.put("opsledger.embedded.postgres.url", services.jdbcUrl());
        }
        if (elasticsearch) {
            properties.put(ELASTICSEARCH_URIS, services.elasticsearchUri());
            properties.put("opsledger.embedded.elasticsearch.uri", services.elasticsearchUri());
        }
        properties.put(DATA_DIR, services.dataDir().toString());
        return properties;
    }
}
