package com.opsledger.query.live;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.InvalidValueException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live stream over Server-Sent Events. Any signed-in caller may open it; what it carries is what they may read:
 * each change needs the read permission of its kind, and a caller held to a customer or supplier gets only their
 * own records' changes.
 */
@RestController
@Tag(name = "Live stream")
public record LiveStreamController(LiveStreams streams) {

    @RequiresPermission("public")
    @GetMapping(value = "/api/v1/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-Sent Events: a change event {type, id, eventType, globalIndex, at} (SSE id = "
            + "globalIndex) for every change of a record the caller may read, heartbeat events while idle, and a "
            + "closing event {reason, lastEventId} before the stream ends (after opsledger.stream.max-duration, or "
            + "when the client reads too slowly); send Last-Event-ID to resume after a position without a gap")
    public SseEmitter stream(@Parameter(description = "the globalIndex of the last event seen; resumes after it")
                             @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId,
                             @Parameter(hidden = true) Caller caller) {
        return streams.open(caller, position(lastEventId));
    }

    private static Long position(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            long position = Long.parseLong(lastEventId.trim());
            if (position < -1) {
                throw new InvalidValueException("Last-Event-ID", "must be a globalIndex, -1 or more");
            }
            return position;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("Last-Event-ID", "must be a globalIndex (a whole number)");
        }
    }
}
