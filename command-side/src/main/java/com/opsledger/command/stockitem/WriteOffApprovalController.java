package com.opsledger.command.stockitem;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.stockitem.ApproveWriteOffCommand;
import com.opsledger.kernel.stockitem.RejectWriteOffCommand;
import com.opsledger.kernel.stockitem.StockItemId;
import com.opsledger.kernel.stockitem.WriteOffId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(StockItemCommandController.PATH + "/{id}/write-offs/{writeOffId}")
@Tag(name = "Stock items")
public record WriteOffApprovalController(CommandSender sender) {

    public record RejectionRequest(String reason) {
    }

    @RequiresPermission("write-offs:approve")
    @PostMapping("/approval")
    @Operation(summary = "Approve a write-off waiting for a manager: the stock leaves now (422 if no longer "
            + "available; 409 if decided already)")
    public IdResponse approve(@PathVariable StockItemId id, @PathVariable WriteOffId writeOffId) {
        return sender.send(new ApproveWriteOffCommand(id.value(), writeOffId.value()));
    }

    @RequiresPermission("write-offs:approve")
    @PostMapping("/rejection")
    @Operation(summary = "Refuse a write-off waiting for a manager, with a reason: the stock stays")
    public IdResponse reject(@PathVariable StockItemId id, @PathVariable WriteOffId writeOffId,
                             @RequestBody RejectionRequest body) {
        return sender.send(new RejectWriteOffCommand(id.value(), writeOffId.value(),
                body == null ? null : body.reason()));
    }
}
