package com.opsledger.query.analysis;

import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** What-if analyses over the real history, read from the event store: nothing is written anywhere. */
@RestController
@RequestMapping("/api/v1/analysis")
@Tag(name = "Analysis")
public record AllocationWhatIfController(AnalysisJobs jobs) {

    @RequiresPermission("reports:read")
    @PostMapping("/allocation-what-if")
    @Operation(summary = "Replays the orders and arrivals of [from, to) through an alternative allocation policy "
            + "{order: [priority | dueDate | age | tier | value], tierWeights?, reserveForGold?} and answers the actual "
            + "and the alternative KPIs side by side (200); a period with more events than "
            + "opsledger.analysis.inline-events runs in the background (202 with the job and its Location)")
    public ResponseEntity<Object> whatIf(@RequestBody WhatIfRequest body) {
        AnalysisJobs.Started started = jobs.start(body);
        if (started.answer() != null) {
            return ResponseEntity.ok(started.answer());
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/analysis/jobs/" + started.job().id())).body(started.job());
    }

    @RequiresPermission("reports:read")
    @GetMapping("/jobs/{id}")
    @Operation(summary = "A what-if running in the background: {id, status (running, done, failed), progress, "
            + "startedAt, finishedAt, result}")
    public AnalysisJobView job(@PathVariable String id) {
        return jobs.job(Ids.requireValid("id", id));
    }
}
