package com.opsledger.query.qualitycheck;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.qualitycheck.QualityReportQuery;
import com.opsledger.kernel.qualitycheck.QualityReportView;
import com.opsledger.query.common.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

import static com.opsledger.query.web.QueryParameters.instant;
import static com.opsledger.query.web.QueryParameters.oneOf;

@RestController
@Tag(name = "Reports")
public record QualityReportController(Queries queries) {

    private static final List<String> GROUPS = List.of("supplier", "product", "checkType", "warehouse");
    private static final List<String> INTERVALS = List.of("day", "week", "month");

    @GetMapping("/api/v1/reports/quality")
    @RequiresPermission("reports:read")
    @Operation(summary = "Quality checks opened in [from, to) (ISO instants, both optional) grouped by supplier, "
            + "product, checkType or warehouse: checks, decisions, pass rate, mean scores per criterion and a series "
            + "per interval (day, week by default, month); follows the checks within about a second")
    public QualityReportView quality(@RequestParam(required = false) String groupBy,
                                     @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to,
                                     @RequestParam(required = false) String interval,
                                     @Parameter(hidden = true) Caller caller) {
        String group = oneOf("groupBy", groupBy, GROUPS);
        if (group == null) {
            throw new InvalidValueException("groupBy", "is required: one of " + GROUPS);
        }
        String every = oneOf("interval", interval, INTERVALS);
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidValueException("to", "must be after from");
        }
        return queries.ask(new QualityReportQuery(group, start, end, every == null ? "week" : every,
                caller.supplierScope()), QualityReportView.class);
    }
}
