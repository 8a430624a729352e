package com.opsledger.query.admin;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.query.common.BackfillsHistory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Projections new to this installation that back-fill their history ({@link BackfillsHistory}). When such a
 * projection first starts where its shared processor has already passed events, those events never reach it through
 * that processor: it is rebuilt from the first event by a replay ({@link Projections#replay}, in a processor of its
 * own into a copy built aside; {@code GET /api/v1/admin/projections} shows it replaying with its progress, and queries
 * read what the shared processor has added so far) and switched in once caught up. Where the shared processor has not
 * run yet it reads every event itself, and the projection simply joins.
 * <p>
 * Whether a projection has joined is kept in {@code projection_backfill}, written once its replay has begun (a stopped
 * process resumes a begun replay; one stopped before it began begins it again). The replay needs the shared
 * processor's segments, so the process that holds them starts it; the others wait for the row.
 */
@Component
class Backfills implements SmartInitializingSingleton, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Backfills.class);
    private static final long POLL_MILLIS = 500;

    private final ApplicationContext context;
    private final Projections projections;
    private final JdbcTemplate jdbc;
    private final Set<String> declared = new TreeSet<>();
    private final Set<String> settled = new HashSet<>();
    /** The processors that had stored progress before this process started any. */
    private Set<String> processorsWithHistory = Set.of();
    private boolean eventsBefore;
    private volatile ScheduledExecutorService poller;

    Backfills(ApplicationContext context, Projections projections, JdbcTemplate jdbc) {
        this.context = context;
        this.projections = projections;
        this.jdbc = jdbc;
    }

    /** Runs before any processor starts, so what it reads is what earlier runs left. */
    @Override
    public void afterSingletonsInstantiated() {
        for (Object bean : context.getBeansWithAnnotation(BackfillsHistory.class).values()) {
            ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(AopUtils.getTargetClass(bean),
                    ProcessingGroup.class);
            if (group != null) {
                declared.add(group.value());
            }
        }
        if (declared.isEmpty()) {
            return;
        }
        processorsWithHistory = Set.copyOf(jdbc.queryForList("select distinct processor_name from token_entry "
                + "where token is not null", String.class));
        eventsBefore = Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from domain_event_entry)",
                Boolean.class));
    }

    /** Starts the back-fill of each declared projection that has not joined yet, once this process can. */
    synchronized void startDue() {
        Set<String> joined = Set.copyOf(jdbc.queryForList("select projection from projection_backfill",
                String.class));
        for (String name : declared) {
            if (settled.contains(name)) {
                continue;
            }
            if (joined.contains(name)) {
                settled.add(name);
                continue;
            }
            StreamingEventProcessor shared = projections.shared(name);
            if (shared.processingStatus().isEmpty()) {
                continue; // its segments are not (yet) claimed by this process
            }
            boolean history = eventsBefore && processorsWithHistory.contains(shared.getName());
            if (history && !projections.replaying(name)) {
                try {
                    projections.replay(name);
                } catch (BusinessRuleViolationException refused) {
                    log.warn("Projection {} cannot back-fill its history: {}", name, refused.getMessage());
                    settled.add(name);
                    continue;
                }
                log.info("Projection {} is new here: back-filling it from the first event", name);
            }
            jdbc.update("insert into projection_backfill (projection, joined_at, backfilled) values (?, now(), ?) "
                    + "on conflict (projection) do nothing", name, history);
            settled.add(name);
        }
    }

    private synchronized boolean done() {
        return settled.containsAll(declared);
    }

    @Override
    public void start() {
        if (declared.isEmpty()) {
            return;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "projection-backfill");
            thread.setDaemon(true);
            return thread;
        });
        poller = executor;
        executor.scheduleWithFixedDelay(() -> {
            try {
                startDue();
                if (done()) {
                    executor.shutdown();
                }
            } catch (RuntimeException e) {
                log.warn("Starting a projection's back-fill failed; retrying: {}", e.toString());
            }
        }, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null && !poller.isShutdown();
    }
}
