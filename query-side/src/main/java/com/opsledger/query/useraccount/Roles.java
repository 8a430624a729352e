package com.opsledger.query.useraccount;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Names and permissions are kept as one sorted, space-separated column. */
final class Roles {

    private Roles() {
    }

    static String join(Set<String> values) {
        return String.join(" ", new TreeSet<>(values));
    }

    static Set<String> split(String column) {
        return column == null || column.isBlank() ? Set.of()
                : Arrays.stream(column.split(" ")).collect(Collectors.toCollection(TreeSet::new));
    }
}
