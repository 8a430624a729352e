package com.opsledger.query.web;

import com.opsledger.kernel.common.PageSpec;
import com.opsledger.query.common.Pages;
import io.swagger.v3.oas.annotations.Parameter;

import java.util.Map;

/** {@code ?page=0&size=20&sort=field,asc|desc} or {@code ?after=<nextCursor>} of a large list; every one optional. */
public record CursorPageParameters(Integer page, Integer size,
                                   @Parameter(description = Pages.AFTER) String after,
                                   String sort) {

    /** The page asked for; see {@link Pages#spec(Integer, Integer, String, String, String, boolean, Map)}. */
    public PageSpec spec(String defaultSort, boolean defaultDescending, Map<String, String> sortable) {
        return Pages.spec(page, size, sort, after, defaultSort, defaultDescending, sortable);
    }
}
