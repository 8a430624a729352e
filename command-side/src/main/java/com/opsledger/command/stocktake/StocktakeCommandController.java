package com.opsledger.command.stocktake;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.stocktake.ApproveStocktakeCommand;
import com.opsledger.kernel.stocktake.CompleteStocktakeCommand;
import com.opsledger.kernel.stocktake.CountLine;
import com.opsledger.kernel.stocktake.RecordStockCountsCommand;
import com.opsledger.kernel.stocktake.StartStocktakeCommand;
import com.opsledger.kernel.stocktake.StocktakeId;
import com.opsledger.kernel.stocktake.StocktakeScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

@RestController
@RequestMapping(StocktakeCommandController.PATH)
@Tag(name = "Stocktakes")
public record StocktakeCommandController(CommandSender sender, StocktakeNumbers numbers) {

    static final String PATH = "/api/v1/stocktakes";

    public record ScopeRequest(@Size(max = ScopeRule.MAX_PRODUCTS) List<String> productIds,
                               @Size(max = 100) String category, Boolean all) {
    }

    public record StartRequest(@NotBlank String warehouseId, @NotNull @Valid ScopeRequest scope, boolean blind) {
    }

    /** One count; checked by {@link Counting#line}, which names the line of a bad one. */
    public record CountRequest(String stockItemId, String batch, BigDecimal quantity) {
    }

    @PostMapping
    @RequiresPermission("stocktakes:create")
    @Operation(summary = "Start a stocktake of a warehouse (scope: productIds, category or all: true); it gets the "
            + "next number (ST-000123) and expects each stock item's balance at its start")
    public IdResponse start(@Valid @RequestBody StartRequest body) {
        return sender.create(PATH, new StartStocktakeCommand(Ids.newId(), numbers.next(),
                Ids.requireValid("warehouseId", body.warehouseId()), new StocktakeScope(body.scope().productIds(),
                body.scope().category(), body.scope().all()), body.blind()));
    }

    @PostMapping("/{id}/counts")
    @RequiresPermission("stocktakes:count")
    @Operation(summary = "Enter counts [{stockItemId, batch?, quantity}]; a recount replaces the earlier count, "
            + "which stays in the history")
    public IdResponse count(@PathVariable StocktakeId id, @RequestBody List<CountRequest> body) {
        Counting.requireSize(body);
        List<CountLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            lines.add(Counting.line("counts[" + i + "]", body.get(i) == null ? null : body.get(i).stockItemId(),
                    body.get(i) == null ? null : body.get(i).batch(), body.get(i) == null ? null
                            : body.get(i).quantity()));
        }
        return sender.send(new RecordStockCountsCommand(id.value(), lines));
    }

    @PostMapping("/{id}/completion")
    @RequiresPermission("stocktakes:count")
    @Operation(summary = "End the counting: variances are computed and posted as stock adjustments at once, "
            + "unless one is beyond the limits and awaits a manager's approval")
    public IdResponse complete(@PathVariable StocktakeId id) {
        return sender.send(new CompleteStocktakeCommand(id.value()));
    }

    @PostMapping("/{id}/approval")
    @RequiresPermission("stocktakes:approve")
    @Operation(summary = "Approve the variances of a stocktake awaiting approval; they are posted as stock adjustments "
            + "with the reason 'stocktake ST-000123'")
    public IdResponse approve(@PathVariable StocktakeId id) {
        return sender.send(new ApproveStocktakeCommand(id.value()));
    }
}
