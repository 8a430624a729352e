package com.opsledger.infra;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the operator, once started, where OpsLedger listens and where its data is. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : env.getProperty("server.port", Integer.class, 8080);
        log.info("""

                OpsLedger is ready ({} side{})
                  API:           http://localhost:{}/api/v1   (docs: http://localhost:{}/swagger-ui.html)
                  Health:        http://localhost:{}/actuator/health
                  PostgreSQL:    {}
                  Elasticsearch: {}
                  Data:          {}""",
                env.getProperty("opsledger.role", "all"), "all".equals(env.getProperty("opsledger.role", "all")) ? "s" : "",
                port, port, port,
                env.getProperty("spring.datasource.url"),
                env.getProperty("spring.elasticsearch.uris"),
                env.containsProperty("opsledger.embedded.postgres.url") || env.containsProperty("opsledger.embedded.elasticsearch.uri")
                        ? env.getProperty("opsledger.data-dir") : "(external servers only; nothing kept locally)");
    }
}
