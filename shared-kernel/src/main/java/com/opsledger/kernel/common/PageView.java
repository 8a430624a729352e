package com.opsledger.kernel.common;

import java.util.List;

/**
 * One page of a list answer; every list endpoint pages the same way. {@code totalElements} is exact when
 * {@code totalElementsExact}; a list of very many matches counts only so far (at least 10,000, or the end of the page
 * asked for if that is further) and says so with {@code totalElementsExact = false}: {@code totalElements} is then a
 * lower bound.
 */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages,
                          boolean totalElementsExact) {

    /** A page whose total is exact. */
    public PageView(List<T> content, int page, int size, long totalElements, int totalPages) {
        this(content, page, size, totalElements, totalPages, true);
    }
}
