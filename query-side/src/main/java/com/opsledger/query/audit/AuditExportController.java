package com.opsledger.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.access.Scope;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.OutputStream;
import java.util.function.Function;

/** The audit trail exported: every event matching the trail's filters, streamed from a database cursor. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
public record AuditExportController(AuditEventReader reader, ObjectMapper json) {

    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";

    @RequiresPermission("audit:read")
    @GetMapping(value = "/events", produces = CSV)
    @Operation(summary = "Every event of the trail's filters as CSV, one header line, payload as a JSON column")
    public ResponseEntity<StreamingResponseBody> exportCsv(@ParameterObject TrailParameters trail,
                                                           @Parameter(hidden = true) Caller caller) {
        return export(reader.validated(trail.filter()), caller.scope(), CSV, "csv", AuditExport::csv);
    }

    @RequiresPermission("audit:read")
    @GetMapping(value = "/events", produces = NDJSON)
    @Operation(summary = "Every event of the trail's filters as newline-delimited JSON, one event per line")
    public ResponseEntity<StreamingResponseBody> exportNdjson(@ParameterObject TrailParameters trail,
                                                              @Parameter(hidden = true) Caller caller) {
        return export(reader.validated(trail.filter()), caller.scope(), NDJSON, "ndjson",
                stream -> AuditExport.ndjson(stream, json));
    }

    private ResponseEntity<StreamingResponseBody> export(AuditFilter filter, Scope scope, String mediaType,
                                                         String extension,
                                                         Function<OutputStream, AuditExport> format) {
        StreamingResponseBody body = stream -> {
            try (AuditExport export = format.apply(stream)) {
                Long cutAfter = reader.stream(filter, scope, export::write);
                if (cutAfter != null) {
                    export.cutShort(cutAfter);
                }
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-events." + extension + "\"")
                .body(body);
    }
}
