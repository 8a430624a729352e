package com.opsledger.infra.health;

import com.opsledger.command.registry.ReferenceRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class StartupHealthIndicatorTest {

    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final EventProcessor processor = mock(EventProcessor.class);
    private final ReferenceRegistry registry = mock(ReferenceRegistry.class);

    @Test
    void cannotBeReadyBeforeTheStartUpWorkIsDoneThenStaysReady() {
        when(processing.eventProcessors()).thenReturn(Map.of("read-models-postgres", processor));
        when(processor.getName()).thenReturn("read-models-postgres");
        when(processor.isRunning()).thenReturn(false);
        when(registry.ownerOf("user.username", "admin")).thenReturn(Optional.empty());
        StartupHealthIndicator startup = new StartupHealthIndicator(processing, none(Flyway.class),
                provider(ReferenceRegistry.class, registry));

        Health starting = startup.health();
        assertThat(starting.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(starting.getDetails()).containsKeys("startUp", "processorsNotStarted", "admin");

        startup.runnersDone();
        when(processor.isRunning()).thenReturn(true);
        Health noAdmin = startup.health();
        assertThat(noAdmin.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(noAdmin.getDetails()).containsOnlyKeys("admin");

        when(registry.ownerOf("user.username", "admin")).thenReturn(Optional.of("a-1"));
        assertThat(startup.health().getStatus()).isEqualTo(Status.UP);

        when(processor.isRunning()).thenReturn(false);
        assertThat(startup.health().getStatus()).as("start-up work once done stays done").isEqualTo(Status.UP);
    }

    @Test
    void canBeReadyWithoutAnAdminWhereNobodySignsIn() {
        when(processing.eventProcessors()).thenReturn(Map.of());
        StartupHealthIndicator startup = new StartupHealthIndicator(processing, none(Flyway.class),
                none(ReferenceRegistry.class));
        startup.runnersDone();

        assertThat(startup.health().getStatus()).isEqualTo(Status.UP);
        verifyNoInteractions(registry);
    }

    private static <T> ObjectProvider<T> provider(Class<T> type, T bean) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean(type.getSimpleName(), bean);
        return beans.getBeanProvider(type);
    }

    private static <T> ObjectProvider<T> none(Class<T> type) {
        return new StaticListableBeanFactory().getBeanProvider(type);
    }
}
