package com.opsledger.kernel.common;

/** Which page of a list, and its order: {@code sort} is a field name, {@code descending} its direction. */
public record PageSpec(int page, int size, String sort, boolean descending) {

    public static final int MAX_SIZE = 200;

    public PageSpec {
        if (page < 0) {
            throw new InvalidValueException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", "must be between 1 and " + MAX_SIZE);
        }
    }
}
