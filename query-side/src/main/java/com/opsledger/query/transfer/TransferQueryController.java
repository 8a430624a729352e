package com.opsledger.query.transfer;

import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.catalog.ProductId;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.transfer.FindTransferQuery;
import com.opsledger.kernel.transfer.ListTransfersQuery;
import com.opsledger.kernel.transfer.TransferId;
import com.opsledger.kernel.transfer.TransferStatus;
import com.opsledger.kernel.transfer.TransferView;
import com.opsledger.kernel.warehouse.WarehouseId;
import com.opsledger.query.common.Queries;
import com.opsledger.query.web.CursorPageParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static com.opsledger.query.web.QueryParameters.oneOf;
import static com.opsledger.query.web.QueryParameters.value;

@RestController
@RequestMapping("/api/v1/transfers")
@Tag(name = "Transfers")
public record TransferQueryController(Queries queries) {

    static final List<String> STATUSES = List.of(TransferStatus.REQUESTED, TransferStatus.IN_TRANSIT,
            TransferStatus.PARTIALLY_RECEIVED, TransferStatus.RECEIVED, TransferStatus.CLOSED,
            TransferStatus.CANCELLED);

    @RequiresPermission("transfers:read")
    @GetMapping
    @Operation(summary = "List transfers by status, source, destination and product (a transfer with a line of it); "
            + "sort by number, status, createdAt, updatedAt or expectedDate")
    public PageView<TransferView> list(@RequestParam(required = false) String status,
                                       @RequestParam(required = false) WarehouseId fromWarehouseId,
                                       @RequestParam(required = false) WarehouseId toWarehouseId,
                                       @RequestParam(required = false) ProductId productId,
                                       @ParameterObject CursorPageParameters paging) {
        return queries.page(new ListTransfersQuery(oneOf("status", status, STATUSES), value(fromWarehouseId),
                value(toWarehouseId), value(productId), paging.spec("createdAt", true,
                TransferQueryHandler.SORTABLE)));
    }

    @RequiresPermission("transfers:read")
    @GetMapping("/{id}")
    @Operation(summary = "One transfer with its lines: asked for, dispatched (in which batches), received and lost")
    public TransferView get(@PathVariable TransferId id) {
        return queries.one(new FindTransferQuery(id.value()), TransferView.class, "transfer", id.value());
    }
}
