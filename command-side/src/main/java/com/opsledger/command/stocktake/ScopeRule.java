package com.opsledger.command.stocktake;

import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.stocktake.StocktakeScope;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** A stocktake's scope names exactly one of: products, a category, or all stock items. */
final class ScopeRule {

    static final int MAX_PRODUCTS = 500;

    private ScopeRule() {
    }

    static StocktakeScope require(StocktakeScope scope) {
        if (scope == null) {
            throw new InvalidValueException("scope", "is required: productIds, category or all");
        }
        List<String> given = new ArrayList<>();
        if (scope.productIds() != null) {
            given.add("productIds");
        }
        if (scope.category() != null) {
            given.add("category");
        }
        if (Boolean.TRUE.equals(scope.all())) {
            given.add("all");
        }
        if (given.size() != 1) {
            throw new InvalidValueException("scope", "must name exactly one of productIds, category or all: true" + (given.isEmpty() ? "" : ", not " + String.join(" and ", given)));
        }
        if (scope.productIds() != null) {
            if (scope.productIds().isEmpty() || scope.productIds().size() > MAX_PRODUCTS) {
                throw new InvalidValueException("scope.productIds", "must name 1 to " + MAX_PRODUCTS + " products");
            }
            LinkedHashSet<String> ids = new LinkedHashSet<>();
            scope.productIds().forEach(id -> ids.add(Ids.requireValid("scope.productIds", id)));
            return new StocktakeScope(List.copyOf(ids), null, null);
        }
        if (scope.category() != null) {
            String category = scope.category().strip();
            if (category.isEmpty() || category.length() > 100) {
                throw new InvalidValueException("scope.category", "must be 1 to 100 characters");
            }
            return new StocktakeScope(null, category, null);
        }
        return new StocktakeScope(null, null, true);
    }
}
