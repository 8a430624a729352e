package com.opsledger.command.catalog;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.catalog.ProductId;
import com.opsledger.kernel.catalog.SetPreferredSupplierCommand;
import com.opsledger.kernel.common.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products")
public record PreferredSupplierController(CommandSender sender) {

    public record PreferredSupplierRequest(String supplierId) {
    }

    @PutMapping("/{id}/preferred-supplier")
    @RequiresPermission("products:update")
    @Operation(summary = "Name the supplier a product is replenished from (supplierId null clears it)")
    public IdResponse prefer(@PathVariable ProductId id, @RequestBody PreferredSupplierRequest body) {
        String supplierId = body.supplierId() == null ? null : Ids.requireValid("supplierId", body.supplierId());
        return sender.send(new SetPreferredSupplierCommand(id.value(), supplierId));
    }
}
