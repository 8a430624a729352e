package com.opsledger.query.analysis;

import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.LimitReachedException;
import com.opsledger.kernel.common.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs what-ifs: at once when the period holds at most {@code opsledger.analysis.inline-events} events, else as a
 * job in the background (one at a time, the few most recent kept for an hour) whose progress is read by id. A job
 * lives in the memory of the process that runs it.
 */
@Component
class AnalysisJobs {

    private static final Logger log = LoggerFactory.getLogger(AnalysisJobs.class);
    private static final int KEPT = 50;
    private static final Duration KEPT_FOR = Duration.ofHours(1);
    private static final Duration LONGEST_PERIOD = Duration.ofDays(366);

    private final AllocationHistory history;
    private final long inlineEvents;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "what-if-analysis");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    private static final class Job {
        final String id = UUID.randomUUID().toString();
        final Instant startedAt = Instant.now();
        volatile double progress;
        volatile Instant finishedAt;
        volatile WhatIfView result;
        volatile String failure;

        AnalysisJobView view() {
            String status = failure != null ? "failed" : result != null ? "done" : "running";
            return new AnalysisJobView(id, status, BigDecimal.valueOf(result != null ? 1 : progress)
                    .setScale(2, RoundingMode.DOWN), startedAt, finishedAt, result, failure);
        }
    }

    /** The answer (now) or the job (when the period is large), never both. */
    record Started(WhatIfView answer, AnalysisJobView job) {
    }

    AnalysisJobs(AllocationHistory history, @Value("${opsledger.analysis.inline-events:20000}") long inlineEvents) {
        this.history = history;
        this.inlineEvents = inlineEvents;
    }

    Started start(WhatIfRequest request) {
        WhatIfRequest checked = checked(request);
        WhatIfOrdering policy = WhatIfOrdering.of(checked.policy());
        if (history.count(checked.from(), checked.to()) <= inlineEvents) {
            return new Started(run(checked, policy, progress -> {
            }), null);
        }
        Job job = new Job();
        synchronized (jobs) {
            if (jobs.values().stream().filter(j -> j.finishedAt == null).count() >= 3) {
                throw new LimitReachedException("analysis-jobs", "three what-ifs are running already; try again "
                        + "when one is done", 30);
            }
            jobs.put(job.id, job);
            forgetOld();
        }
        runner.execute(() -> {
            try {
                job.result = run(checked, policy, progress -> job.progress = progress);
            } catch (RuntimeException e) {
                log.warn("What-if {} failed", job.id, e);
                job.failure = "the analysis failed; the failure is logged";
            } finally {
                job.finishedAt = Instant.now();
            }
        });
        return new Started(null, job.view());
    }

    AnalysisJobView job(String id) {
        synchronized (jobs) {
            Job job = jobs.get(id);
            if (job == null) {
                throw new NotFoundException("analysis-job", id);
            }
            return job.view();
        }
    }

    private WhatIfView run(WhatIfRequest request, WhatIfOrdering policy, java.util.function.DoubleConsumer progress) {
        List<HistoryEvent> events = history.read(request.from(), request.to(), request.productId(),
                request.warehouseId());
        return AllocationReplay.run(request.from(), request.to(), events, policy, progress);
    }

    private static WhatIfRequest checked(WhatIfRequest request) {
        if (request == null) {
            throw new InvalidValueException("body", "is required");
        }
        if (request.from() == null) {
            throw new InvalidValueException("from", "is required (an ISO instant)");
        }
        if (request.to() == null) {
            throw new InvalidValueException("to", "is required (an ISO instant)");
        }
        if (!request.from().isBefore(request.to())) {
            throw new InvalidValueException("to", "must be after from");
        }
        if (Duration.between(request.from(), request.to()).compareTo(LONGEST_PERIOD) > 0) {
            throw new InvalidValueException("to", "must be at most 366 days after from");
        }
        if (request.productId() != null) {
            Ids.requireValid("productId", request.productId());
        }
        if (request.warehouseId() != null) {
            Ids.requireValid("warehouseId", request.warehouseId());
        }
        return request;
    }

    private void forgetOld() {
        Instant before = Instant.now().minus(KEPT_FOR);
        jobs.values().removeIf(j -> j.finishedAt != null && j.finishedAt.isBefore(before));
        while (jobs.size() > KEPT) {
            String oldest = jobs.keySet().iterator().next();
            jobs.remove(oldest);
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
