package com.opsledger.command.stockitem;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.command.web.IfMatch;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.FreeText;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.AdjustStockCommand;
import com.opsledger.kernel.stockitem.OpenStockItemCommand;
import com.opsledger.kernel.stockitem.ReceiveStockCommand;
import com.opsledger.kernel.stockitem.StockItemId;
import com.opsledger.kernel.stockitem.WriteOffStockCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;

@RestController
@RequestMapping(StockItemCommandController.PATH)
@Tag(name = "Stock items")
public record StockItemCommandController(CommandSender sender) {

    static final String PATH = "/api/v1/stock-items";

    public record OpenStockItemRequest(@NotBlank String productId, @NotBlank String warehouseId) {
    }

    public record ReceiptRequest(@NotNull @DecimalMin(Quantity.MIN) @DecimalMax(Quantity.MAX)
                                 @Digits(integer = Quantity.DIGITS, fraction = Quantity.MAX_SCALE) BigDecimal quantity,
                                 @Size(max = 64) String batch, LocalDate expiryDate) {
    }

    public record AdjustmentRequest(@NotNull @DecimalMin(Quantity.MIN) @DecimalMax(Quantity.MAX)
                                 @Digits(integer = Quantity.DIGITS, fraction = Quantity.MAX_SCALE) BigDecimal quantity,
                                 @NotBlank @Size(max = 500) String reason,
                                    @Size(max = 64) String batch) {
    }

    public record WriteOffRequest(@NotNull @DecimalMin(Quantity.MIN) @DecimalMax(Quantity.MAX)
                                 @Digits(integer = Quantity.DIGITS, fraction = Quantity.MAX_SCALE) BigDecimal quantity,
                                 @NotBlank @Size(max = 500) String reason,
                                  @Size(max = 64) String batch,
                                  @Schema(allowableValues = {"compost", "donation", "animal-feed", "landfill",
                                          "incineration"}) String disposalMethod) {
    }

    @RequiresPermission("stock-items:create")
    @PostMapping
    @Operation(summary = "Open the stock item of a product in a warehouse (one per pair; 409 for a second)")
    public IdResponse open(@Valid @RequestBody OpenStockItemRequest body) {
        return sender.create(PATH, new OpenStockItemCommand(Ids.newId(), Ids.requireValid("productId",
                body.productId()), Ids.requireValid("warehouseId", body.warehouseId())));
    }

    @RequiresPermission("stock-items:receive")
    @PostMapping("/{id}/receipts")
    @Operation(summary = "Receive stock, optionally into a batch with an expiry date; a perishable product with a "
            + "shelf life received without one expires that many days after today (in batch R-<today> when none is "
            + "named)")
    public IdResponse receive(@PathVariable StockItemId id, @Valid @RequestBody ReceiptRequest body,
                              @Parameter(description = "version last seen; 409 when the stock item moved since")
                              @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return sender.send(new ReceiveStockCommand(id.value(), body.quantity(), FreeText.orNull(body.batch()),
                body.expiryDate(), IfMatch.expectedVersion(ifMatch), LocalDate.now(ZoneOffset.UTC)));
    }

    @RequiresPermission("stock-items:adjust")
    @PostMapping("/{id}/adjustments")
    @Operation(summary = "Correct on-hand stock by a signed quantity, with a reason")
    public IdResponse adjust(@PathVariable StockItemId id, @Valid @RequestBody AdjustmentRequest body,
                             @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return sender.send(new AdjustStockCommand(id.value(), body.quantity(), body.reason(),
                FreeText.orNull(body.batch()), IfMatch.expectedVersion(ifMatch)));
    }

    @RequiresPermission("stock-items:write-off")
    @PostMapping("/{id}/write-offs")
    @Operation(summary = "Write stock off as waste, with a reason, optionally from a named batch and saying how it is "
            + "disposed of; valued by the product's cost (else last purchase price), above the approval limit it "
            + "waits for a manager")
    public IdResponse writeOff(@PathVariable StockItemId id, @Valid @RequestBody WriteOffRequest body,
                               @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return sender.send(new WriteOffStockCommand(id.value(), body.quantity(), body.reason(),
                FreeText.orNull(body.batch()), IfMatch.expectedVersion(ifMatch), body.disposalMethod()));
    }
}
