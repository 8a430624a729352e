package com.opsledger.query.replenishment;

import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.catalog.ProductId;
import com.opsledger.kernel.replenishment.ListReplenishmentProposalsQuery;
import com.opsledger.kernel.replenishment.ReplenishmentProposalView;
import com.opsledger.kernel.replenishment.ReplenishmentProposalsView;
import com.opsledger.kernel.warehouse.WarehouseId;
import com.opsledger.query.common.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static com.opsledger.query.web.QueryParameters.value;

@RestController
@Tag(name = "Purchase orders")
public record ReplenishmentProposalQueryController(Queries queries) {

    @GetMapping("/api/v1/replenishment-proposals")
    @RequiresPermission("transfers:read")
    @Operation(summary = "What each product short at a warehouse needs (its open backorders less what is on order "
            + "and on the way by transfer): transfers from warehouses with surplus first (above their reorder point "
            + "and own backorders; each with the ready body of POST /api/v1/transfers), then the purchase of the "
            + "rest and the draft order gathering it. Proposes only: nothing is reserved. At most 200, by warehouse "
            + "and product")
    public List<ReplenishmentProposalView> list(@RequestParam(required = false) WarehouseId warehouseId,
                                                @RequestParam(required = false) ProductId productId) {
        return queries.ask(new ListReplenishmentProposalsQuery(value(warehouseId), value(productId)),
                ReplenishmentProposalsView.class).proposals();
    }
}
