package com.opsledger.infra.it;

import com.opsledger.infra.embedded.EmbeddedServices;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The one embedded PostgreSQL and Elasticsearch of this test run (the same the shared application context uses). */
final class TestServers {

    private TestServers() {
    }

    static EmbeddedServices shared() {
        return EmbeddedServices.start(Path.of(System.getProperty("opsledger.data-dir", "target/test-data/adhoc"))
                .toAbsolutePath().normalize(), true, true);
    }

    /** A database of its own on the shared server, for tests that run other application instances. */
    static String freshDatabase(String name) {
        EmbeddedServices servers = shared();
        try (Connection connection = DriverManager.getConnection(servers.jdbcUrl(), servers.username(),
                servers.password()); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return servers.jdbcUrl().substring(0, servers.jdbcUrl().lastIndexOf('/') + 1) + name;
    }
}
