package com.opsledger.query.search;

import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.search.SearchResultView;
import com.opsledger.kernel.search.SearchStockQuery;
import com.opsledger.query.common.Queries;
import com.opsledger.query.web.FixedOrderPageParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search")
public record SearchQueryController(Queries queries) {

    static final int MAX_TEXT = 200;
    static final int MAX_SIZE = 100;
    static final List<String> KINDS = List.of(StockSearchIndex.PRODUCT, StockSearchIndex.WAREHOUSE,
            StockSearchIndex.STOCK_ITEM);
    /** Elasticsearch's index.max_result_window: deeper pages are refused by the server. */
    private static final int MAX_WINDOW = 10_000;

    @RequiresPermission("search:read")
    @GetMapping
    @Operation(summary = "Search products, warehouses and stock items as you type: exact or leading sku, "
            + "warehouse code, or words of a product or warehouse name (accents optional); kind narrows to "
            + "product, warehouse or stockItem")
    public SearchResultView search(@RequestParam(required = false) String q,
                                   @RequestParam(required = false) String kind,
                                   @ParameterObject FixedOrderPageParameters paging) {
        String text = q == null ? "" : q.strip();
        if (text.isEmpty()) {
            throw new InvalidValueException("q", "is required");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidValueException("q", "must be at most " + MAX_TEXT + " characters");
        }
        String only = kind == null || kind.isBlank() ? null : kind.strip();
        if (only != null && !KINDS.contains(only)) {
            throw new InvalidValueException("kind", "must be one of " + String.join(", ", KINDS));
        }
        int pageNumber = paging.number();
        int pageSize = paging.sizeOrDefault();
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw new InvalidValueException("size", "must be between 1 and " + MAX_SIZE);
        }
        if (pageNumber < 0) {
            throw new InvalidValueException("page", "must be 0 or more");
        }
        if (((long) pageNumber + 1) * pageSize > MAX_WINDOW) {
            throw new InvalidValueException("page", "goes past the first " + MAX_WINDOW + " results; narrow the search");
        }
        return queries.ask(new SearchStockQuery(text, only, pageNumber, pageSize), SearchResultView.class);
    }
}
