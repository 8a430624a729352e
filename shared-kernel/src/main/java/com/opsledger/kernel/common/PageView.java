package com.opsledger.kernel.common;

import java.util.List;

/**
 * One page of a list answer; every list endpoint pages the same way. {@code totalElements} is exact when
 * {@code totalElementsExact}; a list of very many matches counts only so far (at least 10,000, or the end of the page
 * asked for if that is further) and says so with {@code totalElementsExact = false}: {@code totalElements} is then a
 * lower bound.
 * <p>
 * {@code nextCursor} (the large lists only) is the cursor of the page's last row when more rows follow, to ask for the
 * next page with {@code after}; {@code null} on the last page. A page read by cursor has no number and no count:
 * {@code page}, {@code totalElements} and {@code totalPages} are {@code null} and {@code totalElementsExact} is
 * {@code false}.
 */
public record PageView<T>(List<T> content, Integer page, int size, Long totalElements, Integer totalPages,
                          boolean totalElementsExact, String nextCursor) {

    /** A page by number whose total is exact, of a list that does not page by cursor. */
    public PageView(List<T> content, int page, int size, long totalElements, int totalPages) {
        this(content, page, size, totalElements, totalPages, true, null);
    }

    /** A page by number, of a list that does not page by cursor. */
    public PageView(List<T> content, int page, int size, long totalElements, int totalPages,
                    boolean totalElementsExact) {
        this(content, page, size, totalElements, totalPages, totalElementsExact, null);
    }

    /** A page read by cursor: no number, no count. */
    public static <T> PageView<T> afterCursor(List<T> content, int size, String nextCursor) {
        return new PageView<>(content, null, size, null, null, false, nextCursor);
    }

    /** The same page with its rows replaced (completed, or mapped one for one). */
    public <U> PageView<U> withContent(List<U> replaced) {
        return new PageView<>(replaced, page, size, totalElements, totalPages, totalElementsExact, nextCursor);
    }
}
