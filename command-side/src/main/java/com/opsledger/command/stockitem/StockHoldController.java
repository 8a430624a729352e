package com.opsledger.command.stockitem;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.FreeText;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.QuarantineStockCommand;
import com.opsledger.kernel.stockitem.StockItemId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;

@RestController
@RequestMapping(StockItemCommandController.PATH)
@Tag(name = "Stock items")
public record StockHoldController(CommandSender sender) {

    public record HoldRequest(@Size(max = 64) @Schema(description = "the batch held; null holds the stock without a "
                                      + "batch") String batch,
                              @NotBlank @Size(max = 500) String reason,
                              @NotBlank @Schema(description = "the storage or random quality check that decides "
                                      + "on the batch; its decision releases or disposes of it") String qualityCheckId,
                              @DecimalMin(Quantity.MIN) @DecimalMax(Quantity.MAX)
                              @Digits(integer = Quantity.DIGITS, fraction = Quantity.MAX_SCALE)
                              @Schema(description = "how much; null holds all of the batch that is free")
                              BigDecimal quantity) {
    }

    @RequiresPermission("stock-items:hold")
    @PostMapping("/{id}/holds")
    @Operation(summary = "Put a batch in stock on hold for a quality check: still on hand, no longer available until "
            + "the check decides (422 insufficient-stock, nothing-to-quarantine, already-quarantined)")
    public IdResponse hold(@PathVariable StockItemId id, @Valid @RequestBody HoldRequest body) {
        return sender.send(new QuarantineStockCommand(id.value(), Ids.requireValid("qualityCheckId",
                body.qualityCheckId()), FreeText.orNull(body.batch()), body.quantity(), body.reason()));
    }
}
