package com.opsledger.command.stockitem;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.stockitem.PlaceStockItemCommand;
import com.opsledger.kernel.stockitem.StockItemId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(StockItemCommandController.PATH)
@Tag(name = "Stock items")
public record StockItemLocationController(CommandSender sender) {

    public record LocationRequest(@Schema(description = "a storage location of the stock item's warehouse; null "
            + "takes it out of any") String storageLocationId) {
    }

    @RequiresPermission("stock-items:locate")
    @PutMapping("/{id}/location")
    @Operation(summary = "Keep a stock item in a storage location of its warehouse (422 other-warehouse otherwise)")
    public IdResponse place(@PathVariable StockItemId id, @RequestBody LocationRequest body) {
        return sender.send(new PlaceStockItemCommand(id.value(), body == null ? null : body.storageLocationId()));
    }
}
