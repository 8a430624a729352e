package com.opsledger.infra.it;

import com.opsledger.OpsLedgerApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole application over real HTTP on the embedded PostgreSQL and Elasticsearch. Every subclass shares one
 * application context, so one PostgreSQL and one Elasticsearch serve the whole test run; tests isolate by using
 * fresh ids, skus and codes. Metrics are exported as in production (Prometheus), which a Spring Boot test turns off
 * otherwise.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(classes = OpsLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opsledger.consistency.timeout=30s", "opsledger.cold-chain.sensor-silence-check-interval=0"})
public abstract class ApplicationIT {

    @LocalServerPort
    protected int port;

    /** The application's PostgreSQL, for what a test must read or arrange below the API. */
    @Autowired
    protected JdbcTemplate jdbc;

    protected Api api() {
        return new Api(port);
    }

    /** The id of the bootstrap admin, whom {@link #api()} acts as: the {@code userId} of what it does. */
    protected String adminId() {
        return api().get("/api/v1/auth/me").body().path("id").asText();
    }

    protected static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }
}
