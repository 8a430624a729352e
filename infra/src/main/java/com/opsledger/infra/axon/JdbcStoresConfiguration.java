package com.opsledger.infra.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLErrorCodesResolver;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

/**
 * The event store, the token store and the sagas in PostgreSQL through plain JDBC, on the tables and columns that
 * Flyway created for Axon's JPA entities (V1), so a database written before keeps working. An append is one batched
 * insert: the database numbers the events itself (the global index's column default, V61) instead of a
 * {@code nextval} round trip per event.
 * <p>
 * Every statement runs on the connection of the current Spring transaction, the one the read models' JPA and
 * {@code JdbcTemplate} writes use: an event, the token that says it was handled and the rows it produced commit
 * together. With Axon Server ({@code axon.axonserver.enabled=true}) Axon's own auto-configuration applies instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
@EnableConfigurationProperties(TokenStoreProperties.class)
public class JdbcStoresConfiguration {

    /** PostgreSQL's SQLState for a unique violation: a second append of (aggregate, sequence number). */
    static final PersistenceExceptionResolver DUPLICATE_KEY = new SQLErrorCodesResolver(List.of(23505));

    static final EventSchema EVENTS = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    static final TokenSchema TOKENS = TokenSchema.builder()
            .setTokenTable("token_entry")
            .setProcessorNameColumn("processor_name")
            .setSegmentColumn("segment")
            .setTokenColumn("token")
            .setTokenTypeColumn("token_type")
            .setTimestampColumn("timestamp")
            .setOwnerColumn("owner")
            .build();

    static final SagaSchema SAGAS = SagaSchema.builder()
            .sagaEntryTable("saga_entry")
            .sagaIdColumn("saga_id")
            .revisionColumn("revision")
            .sagaTypeColumn("saga_type")
            .serializedSagaColumn("serialized_saga")
            .associationValueEntryTable("association_value_entry")
            .associationKeyColumn("association_key")
            .associationValueColumn("association_value")
            .build();

    /** Events read per query, loading an aggregate or feeding a processor (Axon's default). */
    static final int BATCH_SIZE = 100;

    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /**
     * A processor that reads an event older than the gap time-out records no gap before it, so an event with a lower
     * global index whose transaction commits later is never read by it. Axon's default (one minute) lets a processor
     * that is more than a minute behind skip an event committed late; ten minutes lies far beyond any transaction that
     * appends events here (commands and processor batches last seconds), so a gap is dropped only when nothing can
     * still fill it. The cost is a token that carries a rolled-back transaction's gap a little longer.
     * <p>
     * An aggregate's sequence numbers have no holes (each append takes the next one, under a unique key), so a batch
     * shorter than asked for is its last: loading an aggregate needs no extra query that finds nothing, which the
     * JDBC engine would otherwise make on every command.
     */
    @Bean
    public EventStorageEngine eventStorageEngine(Serializer serializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 @Value("${opsledger.event-store.gap-timeout:10m}") Duration gapTimeout) {
        return JdbcEventStorageEngine.builder()
                .gapTimeout(Math.toIntExact(gapTimeout.toMillis()))
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(DUPLICATE_KEY)
                .batchSize(BATCH_SIZE)
                .finalAggregateBatchPredicate(batch -> batch.size() < BATCH_SIZE)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(EVENTS)
                .build();
    }

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                                 TokenStoreProperties properties) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(TOKENS)
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout())
                .build();
    }

    @Bean
    public JdbcSagaStore sagaStore(ConnectionProvider connectionProvider, Serializer serializer) {
        return JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .sqlSchema(new PostgresSagaSqlSchema(SAGAS))
                .serializer(serializer)
                .build();
    }
}
