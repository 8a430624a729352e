package com.opsledger.infra.it;

import com.opsledger.infra.embedded.EmbeddedElasticsearchServer;
import com.opsledger.infra.embedded.EmbeddedPostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

/**
 * An embedded PostgreSQL and Elasticsearch of their own, on fixed ports, that a test stops and starts again under an
 * application process (outages) without disturbing the servers the rest of the test run shares.
 */
final class ServersOfOurOwn implements AutoCloseable {

    private final Path directory;
    private final int postgresPort;
    private final int elasticsearchPort;
    private volatile EmbeddedPostgresServer postgres;
    private volatile EmbeddedElasticsearchServer elasticsearch;

    ServersOfOurOwn(Path directory) {
        this.directory = directory;
        this.postgresPort = freePort();
        this.elasticsearchPort = freePort();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void startPostgres() {
        postgres = EmbeddedPostgresServer.start(directory, postgresPort);
    }

    void stopPostgres() {
        postgres.close();
    }

    void startElasticsearch() {
        elasticsearch = EmbeddedElasticsearchServer.start(directory, elasticsearchPort);
    }

    void stopElasticsearch() {
        elasticsearch.close();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + EmbeddedPostgresServer.DATABASE;
    }

    /** What an application process needs to use these servers instead of starting its own. */
    List<String> applicationArguments() {
        return List.of("--spring.datasource.url=" + jdbcUrl(),
                "--spring.datasource.username=" + EmbeddedPostgresServer.USERNAME,
                "--spring.datasource.password=" + EmbeddedPostgresServer.PASSWORD,
                "--spring.elasticsearch.uris=http://127.0.0.1:" + elasticsearchPort);
    }

    @Override
    public void close() {
        if (elasticsearch != null) {
            elasticsearch.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
