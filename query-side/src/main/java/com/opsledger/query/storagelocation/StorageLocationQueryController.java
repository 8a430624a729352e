package com.opsledger.query.storagelocation;

import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.storagelocation.FindReadingBucketsQuery;
import com.opsledger.kernel.storagelocation.FindStorageLocationQuery;
import com.opsledger.kernel.storagelocation.ListStorageLocationsQuery;
import com.opsledger.kernel.storagelocation.ReadingBucketsView;
import com.opsledger.kernel.storagelocation.StorageLocationId;
import com.opsledger.kernel.storagelocation.StorageLocationView;
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
@RequestMapping("/api/v1/storage-locations")
@Tag(name = "Cold chain")
public record StorageLocationQueryController(Queries queries) {

    public static final List<String> KINDS = List.of("ambient", "chilled", "frozen");

    @RequiresPermission("storage-locations:read")
    @GetMapping
    @Operation(summary = "List storage locations, by warehouse and kind; sort by code, name, createdAt or updatedAt")
    public PageView<StorageLocationView> list(@RequestParam(required = false) WarehouseId warehouseId,
                                              @RequestParam(required = false) String kind,
                                              @ParameterObject CursorPageParameters paging) {
        return queries.page(new ListStorageLocationsQuery(value(warehouseId), oneOf("kind", kind, KINDS),
                paging.spec("code", false, StorageLocationQueryHandler.SORTABLE)));
    }

    @RequiresPermission("storage-locations:read")
    @GetMapping("/{id}")
    @Operation(summary = "One storage location, with the alert of an excursion going on")
    public StorageLocationView get(@PathVariable StorageLocationId id) {
        return queries.one(new FindStorageLocationQuery(id.value()), StorageLocationView.class, "storage location",
                id.value());
    }

    @RequiresPermission("storage-locations:read")
    @GetMapping("/{id}/readings")
    @Operation(summary = "Readings of a location as min/avg/max per bucket (1m to 7d, e.g. 15m, 1h, 1d; default 1h) "
            + "in [from, to) (default the last 24 hours); at most 2,000 buckets")
    public ReadingBucketsView readings(@PathVariable StorageLocationId id,
                                       @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to,
                                       @RequestParam(required = false) String bucket) {
        FindReadingBucketsQuery query = ReadingWindow.of(id.value(), from, to, bucket);
        return queries.one(query, ReadingBucketsView.class, "storage location", id.value());
    }
}
