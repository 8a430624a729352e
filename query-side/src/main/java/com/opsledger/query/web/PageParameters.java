package com.opsledger.query.web;

import com.opsledger.kernel.common.PageSpec;
import com.opsledger.query.common.Pages;

import java.util.Map;

/** {@code ?page=0&size=20&sort=field,asc|desc} of a list that pages by number only; every one optional. */
public record PageParameters(Integer page, Integer size, String sort) {

    /** The page asked for; see {@link Pages#spec(Integer, Integer, String, String, boolean, Map)}. */
    public PageSpec spec(String defaultSort, boolean defaultDescending, Map<String, String> sortable) {
        return Pages.spec(page, size, sort, defaultSort, defaultDescending, sortable);
    }
}
