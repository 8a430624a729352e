package com.opsledger.kernel.common;

/**
 * Which page of a list, and its order: {@code sort} is a field name, {@code descending} its direction. {@code after}
 * is the opaque cursor of the row the page follows (a list's {@code nextCursor}); with it, the page is read by cursor
 * instead of by number, so {@code page} must be 0.
 */
public record PageSpec(int page, int size, String sort, boolean descending, String after) {

    public static final int MAX_SIZE = 200;
    /** Deeper pages are read by cursor ({@code after}), which costs the same at any depth. */
    public static final int MAX_PAGE = 1_000_000;

    public PageSpec {
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidValueException("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", "must be between 1 and " + MAX_SIZE);
        }
        if (after != null && page != 0) {
            throw new InvalidValueException("page", "cannot be combined with after (a cursor already says where the "
                    + "page starts)");
        }
    }

    /** A page by number. */
    public PageSpec(int page, int size, String sort, boolean descending) {
        this(page, size, sort, descending, null);
    }
}
