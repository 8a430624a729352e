package com.opsledger.command.alert;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.alert.AcknowledgeAlertCommand;
import com.opsledger.kernel.alert.AlertId;
import com.opsledger.kernel.alert.AlertKinds;
import com.opsledger.kernel.alert.AlertSettingsView;
import com.opsledger.kernel.alert.ChangeAlertSettingsCommand;
import com.opsledger.kernel.alert.ResolveAlertCommand;
import com.opsledger.kernel.common.FreeText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "Alerts")
public record AlertCommandController(CommandSender sender, AlertInbox inbox) {

    public record AlertNoteRequest(String note) {
    }

    public record AlertSettingsRequest(List<String> mutedKinds) {
    }

    @RequiresPermission("alerts:handle")
    @PostMapping("/{id}/acknowledgement")
    @Operation(summary = "Acknowledge an open alert you see, with an optional note (409 if it is acknowledged or "
            + "resolved already)")
    public IdResponse acknowledge(@PathVariable AlertId id, @RequestBody(required = false) AlertNoteRequest body,
                                  @Parameter(hidden = true) Caller caller) {
        String note = FreeText.optional("note", body == null ? null : body.note(), Alert.MAX_NOTE);
        AlertHandling.requireAcknowledgeable(id.value(), inbox.seenBy(caller, id.value()).status());
        return sender.send(new AcknowledgeAlertCommand(id.value(), note));
    }

    @RequiresPermission("alerts:handle")
    @PostMapping("/{id}/resolution")
    @Operation(summary = "Resolve an alert you see, with an optional note (409 if it is resolved already, also when "
            + "it resolved by itself)")
    public IdResponse resolve(@PathVariable AlertId id, @RequestBody(required = false) AlertNoteRequest body,
                              @Parameter(hidden = true) Caller caller) {
        String note = FreeText.optional("note", body == null ? null : body.note(), Alert.MAX_NOTE);
        AlertHandling.requireResolvable(id.value(), inbox.seenBy(caller, id.value()).status());
        return sender.send(new ResolveAlertCommand(id.value(), note));
    }

    @RequiresPermission("alerts:read")
    @PutMapping("/settings")
    @Operation(summary = "Your alert settings: the kinds left out of your inbox (replacing those muted before)")
    public AlertSettingsView changeSettings(@RequestBody AlertSettingsRequest body,
                                            @Parameter(hidden = true) Caller caller) {
        sender.send(new ChangeAlertSettingsCommand(AlertKinds.settingsId(caller.userId()), caller.userId(),
                body.mutedKinds()));
        return inbox.settings(caller.userId());
    }
}
