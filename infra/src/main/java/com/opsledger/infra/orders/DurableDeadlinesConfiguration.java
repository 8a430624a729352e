package com.opsledger.infra.orders;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Axon deadlines (backorder SLA at risk and breached) kept in PostgreSQL by db-scheduler ({@code scheduled_tasks}),
 * so they survive a restart or a crash and fire once even with several command-side instances. The scheduler starts
 * after everything else (the sagas it calls back must be ready) and stops first. A query-only process has no
 * sagas and runs no scheduler.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${opsledger.role:all}' != 'query'")
public class DurableDeadlinesConfiguration {

    /** The scheduler, held rather than exposed as a bean so that Axon's own db-scheduler wiring stays out. */
    public record DeadlineScheduler(Scheduler scheduler) {
    }

    @Bean
    DeadlineScheduler deadlineScheduler(DataSource dataSource, ApplicationContext context,
                                        @Value("${opsledger.orders.deadlines.polling-interval:1s}") Duration polling,
                                        @Value("${opsledger.orders.deadlines.threads:2}") int threads) {
        Task<DbSchedulerBinaryDeadlineDetails> task = DbSchedulerDeadlineManager.binaryTask(
                () -> context.getBean(DbSchedulerDeadlineManager.class));
        return new DeadlineScheduler(Scheduler.create(dataSource, task)
                .tableName("scheduled_tasks")
                .threads(threads)
                .pollingInterval(polling)
                .build());
    }

    @Bean
    DeadlineManager deadlineManager(DeadlineScheduler scheduler, ApplicationContext context, Serializer serializer,
                                    TransactionManager transactionManager) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler.scheduler())
                .scopeAwareProvider(lazyScopes(context))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
    }

    @Bean
    SmartLifecycle deadlineSchedulerLifecycle(DeadlineScheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.scheduler().start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.scheduler().stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE - 100;
            }
        };
    }

    /** The sagas and aggregates a deadline calls back, found once Axon's configuration exists. */
    private static ScopeAwareProvider lazyScopes(ApplicationContext context) {
        AtomicReference<ScopeAwareProvider> provider = new AtomicReference<>();
        return descriptor -> provider.updateAndGet(known -> known != null ? known : new ConfigurationScopeAwareProvider(
                context.getBean(org.axonframework.config.Configuration.class))).provideScopeAwareStream(descriptor);
    }
}
