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
public class ProjectionAdminController {

    private final Projections projections;

    ProjectionAdminController(Projections projections) {
        this.projections = projections;
    }

    @GetMapping
    @RequiresPermission("projections:read")
    @Operation(summary = "Every projection with its position, the event store's head, how far behind it is and its "
            + "state: live, replaying (with percent done), failed (with the error) or stopped")
    public List<ProjectionView> list() {
        return projections.list();
    }

    @GetMapping("/{name}")
    @RequiresPermission("projections:read")
    @Operation(summary = "One projection's progress and state")
    public ProjectionView one(@PathVariable String name) {
        return projections.one(name);
    }

    @PostMapping("/{name}/replay")
    @RequiresPermission("projections:replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild one projection from the event store: its read model is cleared and refilled from "
            + "the first event, then it follows live events again; follow the progress with GET")
    public ProjectionView replay(@PathVariable String name) {
        return projections.replay(name);
    }
}
