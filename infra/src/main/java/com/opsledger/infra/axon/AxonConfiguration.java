package com.opsledger.infra.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.opsledger.command.web.RequestMetaData;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.util.Map;

@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /** The metadata every event inherits from the command that caused it: the audit trail's who, where and what. */
    public static final String[] AUDIT_KEYS = {"userId", "clientIp", "userAgent", "requestMethod", "requestPath",
            "commandName"};

    /**
     * One JSON form for events, snapshots, tokens and messages. Fields are visible so that aggregates snapshot
     * without getters; unknown properties are ignored so that an older reader survives a newer writer.
     */
    static ObjectMapper axonObjectMapper() {
        return JsonMapper.builder()
                .findAndAddModules()
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    private static Serializer jackson() {
        return JacksonSerializer.builder().objectMapper(axonObjectMapper()).lenientDeserialization().build();
    }

    @Bean
    @Primary
    public Serializer serializer() {
        return jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return jackson();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return jackson();
    }

    /**
     * Axon's first key receives the identifier of the message being handled (the cause of what it produces), the
     * second the trace carried along (the request's {@code correlationId}, or the first message's identifier).
     */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider("causationId", "correlationId");
    }

    @Bean
    public CorrelationDataProvider auditCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(AUDIT_KEYS);
    }

    @Bean
    public SnapshotTriggerDefinition stockItemSnapshotTrigger(Snapshotter snapshotter,
                                                              @Value("${opsledger.snapshot.stock-item-threshold:200}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /** A user account gathers an event per sign-in and refresh; a snapshot keeps loading it quick. */
    @Bean
    public SnapshotTriggerDefinition userAccountSnapshotTrigger(Snapshotter snapshotter,
                                                                @Value("${opsledger.snapshot.user-account-threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * Every command names itself in its metadata, so each event says which command caused it, and one sent during a
     * request carries the request's audit metadata ({@link RequestMetaData}); the projections
     * run in a few processors, one per store and purpose ({@link ProcessingGroups}), so that a batch of events costs
     * one transaction and one token update per store rather than one per projection. On two cores a single segment
     * and batches of a few hundred events beat many small ones, and each batch stays far below the token claim
     * time-out.
     * <p>
     * {@code tracking} (the default) uses tracking processors: they block on the embedded event store's stream and
     * wake as soon as an event is committed. Pooled streaming processors cannot be woken by this event store (its
     * stream does not support an availability callback), so once caught up they look for new events only every
     * 500 ms, which every read-your-writes answer then waits for (see docs/BENCHMARKS.md). {@code pooled} keeps them.
     */
    @Bean
    public ConfigurerModule opsLedgerAxonDefaults(@Value("${opsledger.processors.kind:tracking}") String kind,
                                                  @Value("${opsledger.processors.segments:1}") int segments,
                                                  @Value("${opsledger.processors.batch-size:250}") int batchSize,
                                                  ProcessorProgress progress) {
        return configurer -> {
            configurer.eventProcessing().assignProcessingGroup(ProcessingGroups::processorOf);
            if ("pooled".equalsIgnoreCase(kind)) {
                configurer.eventProcessing().usingPooledStreamingEventProcessors((config, builder) -> builder
                        .initialSegmentCount(segments)
                        .batchSize(batchSize));
            } else if ("tracking".equalsIgnoreCase(kind)) {
                configurer.eventProcessing().usingTrackingEventProcessors();
                configurer.eventProcessing().registerTrackingEventProcessorConfiguration(config ->
                        TrackingEventProcessorConfiguration.forParallelProcessing(segments)
                                .andInitialSegmentsCount(segments)
                                .andBatchSize(batchSize)
                                .andEventTrackerStatusChangeListener(progress));
            } else {
                throw new IllegalArgumentException("opsledger.processors.kind must be tracking or pooled, not " + kind);
            }
            configurer.onInitialize(config -> config.onStart(Phase.OUTBOUND_COMMAND_CONNECTORS, () -> {
                config.commandBus().registerDispatchInterceptor(messages -> (index, message) ->
                        message.getMetaData().containsKey("commandName") ? message
                                : message.andMetaData(Map.of("commandName",
                                message.getPayloadType().getSimpleName())));
                config.commandBus().registerDispatchInterceptor(new RequestMetaData());
            }));
        };
    }
}
