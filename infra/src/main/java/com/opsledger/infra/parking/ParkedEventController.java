package com.opsledger.infra.parking;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The events a projection parked: listed, applied again, or dropped by an admin. */
@RestController
@RequestMapping("/api/v1/admin/projections/{name}/parked")
@Tag(name = "Projection administration")
class ParkedEventController {

    static final int MAX_SIZE = 200;
    private static final Logger log = LoggerFactory.getLogger(ParkedEventController.class);

    private final ParkedEvents parked;
    private final ParkedEventRetry retry;

    ParkedEventController(ParkedEvents parked, ParkedEventRetry retry) {
        this.parked = parked;
        this.retry = retry;
    }

    @RequiresPermission("projections:read")
    @GetMapping
    @Operation(summary = "The events this projection could not apply and set aside while the others went on, oldest "
            + "first, with the error and the attempts; `behind` ones wait for an earlier parked event of their aggregate")
    PageView<ParkedEventView> list(@PathVariable String name,
                                   @RequestParam(defaultValue = "0") @Parameter(description = "from 0") int page,
                                   @RequestParam(defaultValue = "50") @Parameter(description = "1 to 200") int size) {
        known(name);
        if (page < 0) {
            throw new InvalidValueException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", "must be between 1 and " + MAX_SIZE);
        }
        long total = parked.count(name);
        return new PageView<>(parked.page(name, page, size), page, size, total, (int) ((total + size - 1) / size));
    }

    @RequiresPermission("projections:replay")
    @PostMapping("/{eventId}/retry")
    @Operation(summary = "Apply the parked event again through the projection's handlers; on success it is no longer "
            + "parked, on failure it stays parked with the new error (outcome `failed`). Refused (422) while an "
            + "earlier event of the same aggregate is parked")
    ParkedEventRetry.Outcome retryOne(@PathVariable String name, @PathVariable String eventId,
                                      @Parameter(hidden = true) Caller caller) {
        known(name);
        ParkedEventRetry.Outcome outcome = retry.retry(name, eventId);
        log.info("User {} retried parked event {} of projection {}: {}", caller.userId(), eventId, name,
                outcome.outcome());
        return outcome;
    }

    @RequiresPermission("projections:replay")
    @PostMapping("/retry")
    @Operation(summary = "Apply every parked event of the projection again, oldest first")
    ParkedEventRetry.Totals retryAll(@PathVariable String name, @Parameter(hidden = true) Caller caller) {
        known(name);
        ParkedEventRetry.Totals totals = retry.retryAll(name);
        log.info("User {} retried the parked events of projection {}: {} applied, {} failed", caller.userId(), name,
                totals.applied(), totals.failed());
        return totals;
    }

    @RequiresPermission("projections:replay")
    @DeleteMapping("/{eventId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Drop the parked event: the projection will not apply it. The decision is kept (who and "
            + "when) and logged")
    void drop(@PathVariable String name, @PathVariable String eventId, @Parameter(hidden = true) Caller caller) {
        known(name);
        if (!parked.drop(name, eventId, caller.userId())) {
            throw new NotFoundException("parked event", eventId);
        }
        log.warn("User {} dropped parked event {} of projection {}", caller.userId(), eventId, name);
    }

    private void known(String name) {
        if (!retry.known(name)) {
            throw new NotFoundException("projection", name);
        }
    }
}
