package com.opsledger.kernel.catalog;

import com.opsledger.kernel.common.PageSpec;

/** Products, optionally narrowed to those whose sku or name starts with {@code text}, and to one {@code category}. */
public record ListProductsQuery(String text, String category, PageSpec page) {
}
