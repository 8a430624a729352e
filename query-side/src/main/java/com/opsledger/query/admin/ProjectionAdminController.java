package com.opsledger.query.admin;

import com.opsledger.kernel.access.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/admin/projections")
@Tag(name = "Projection administration")
public record ProjectionAdminController(Projections projections, Verifications verifications) {

    @RequiresPermission("projections:read")
    @GetMapping
    @Operation(summary = "Every projection with its position, the event store's head, how far behind it is and its "
            + "state: live, replaying (with percent done), failed (with the error) or stopped")
    public List<ProjectionView> list() {
        return projections.list();
    }

    @RequiresPermission("projections:read")
    @GetMapping("/{name}")
    @Operation(summary = "One projection's progress and state")
    public ProjectionView one(@PathVariable String name) {
        return projections.one(name);
    }

    @RequiresPermission("projections:replay")
    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild one projection from the event store: a new copy of its read model is built aside "
            + "from the first event while the current one keeps answering, and replaces it once caught up; follow "
            + "the progress with GET")
    public ProjectionView replay(@PathVariable String name) {
        return projections.replay(name);
    }

    @PostMapping("/{name}/verify")
    @RequiresPermission("projections:verify")
    @Operation(summary = "Rebuild one projection aside from the event store with its own handlers and compare it "
            + "with the live read model, row by row (document by document for the search index), at the same event "
            + "position; reports every difference")
    public VerificationView verify(@PathVariable String name) {
        return verifications.verify(name);
    }
}
