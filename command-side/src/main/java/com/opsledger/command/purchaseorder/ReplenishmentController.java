package com.opsledger.command.purchaseorder;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.purchaseorder.ProposeReplenishmentCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;

@RestController
@Tag(name = "Purchase orders")
public record ReplenishmentController(CommandSender sender) {

    public record ProposalRequest(@NotBlank String productId, @NotBlank String warehouseId,
                                  @NotNull @DecimalMin(Quantity.MIN) @DecimalMax(Quantity.MAX)
                                  @Digits(integer = Quantity.DIGITS, fraction = Quantity.MAX_SCALE) BigDecimal quantity,
                                  @Size(max = 200) String reason) {
    }

    @PostMapping("/api/v1/replenishment-proposals")
    @RequiresPermission("purchase-orders:create")
    @Operation(summary = "Propose buying a product for a warehouse: the open draft purchase order to the product's "
            + "preferred supplier gets a line of at least this quantity at the catalogue price (a new draft when "
            + "there is none); answers the purchase order's id")
    public IdResponse propose(@Valid @RequestBody ProposalRequest body) {
        // the order is known only from the answer, and the read models are awaited on it
        String purchaseOrderId = sender.dispatch(new ProposeReplenishmentCommand(Ids.requireValid("productId",
                body.productId()), Ids.requireValid("warehouseId", body.warehouseId()), body.quantity(),
                body.reason()));
        return IdResponse.created(PurchaseOrderCommandController.PATH, purchaseOrderId);
    }
}
