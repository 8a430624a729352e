package com.opsledger.query.web;

import com.opsledger.kernel.common.PageSpec;
import com.opsledger.query.common.Pages;

import java.util.Map;

/** {@code ?page=0&size=20} of a list in one fixed order (no sort parameter); both optional. */
public record FixedOrderPageParameters(Integer page, Integer size) {

    /** The page number asked for, 0 when left out. */
    public int number() {
        return page == null ? 0 : page;
    }

    /** The page size asked for, {@link Pages#DEFAULT_SIZE} when left out. */
    public int sizeOrDefault() {
        return size == null ? Pages.DEFAULT_SIZE : size;
    }

    /** The page asked for, in the list's order. */
    public PageSpec spec(String order, boolean descending) {
        return Pages.spec(page, size, null, order, descending, Map.of());
    }
}
