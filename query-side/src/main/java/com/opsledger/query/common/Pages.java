package com.opsledger.query.common;

import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.PageSpec;
import com.opsledger.kernel.common.PageView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.util.Map;
import java.util.function.Function;

/**
 * Paging and sorting, the same for every list: {@code ?page=0&size=20&sort=field,asc|desc}; the large lists also
 * {@code ?after=<nextCursor>}.
 */
public final class Pages {

    public static final int DEFAULT_SIZE = 20;

    /** The API description of {@code after}, the same on every list that takes it. */
    public static final String AFTER = "The nextCursor of the previous page: the page is then the size rows that "
            + "follow that page's last row in the same sort, read directly at any depth (no page number, no count: "
            + "page, totalElements and totalPages are null, totalElementsExact false). Rows added or removed before "
            + "the cursor do not shift the pages that follow. A cursor is opaque and belongs to the sort it was made "
            + "with: another sort, or a cursor that is not one, answers 400 naming after. Leave page out (or 0). "
            + "Empty values (nulls) of a sort field come last ascending and first descending, by cursor as by page.";

    private Pages() {
    }

    /** Reads the request parameters of a list that pages by number only. */
    public static PageSpec spec(Integer page, Integer size, String sort, String defaultSort, boolean defaultDescending,
                                Map<String, String> sortable) {
        return spec(page, size, sort, null, defaultSort, defaultDescending, sortable);
    }

    /**
     * Reads the request parameters; {@code sort} must name one of {@code sortable} (the API name); {@code after} is a
     * cursor (a blank one is none), read by the query handler.
     */
    public static PageSpec spec(Integer page, Integer size, String sort, String after, String defaultSort,
                                boolean defaultDescending, Map<String, String> sortable) {
        String field = defaultSort;
        boolean descending = defaultDescending;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", 2);
            field = parts[0].strip();
            if (!sortable.containsKey(field)) {
                throw new InvalidValueException("sort", "must be one of " + String.join(", ", sortable.keySet()));
            }
            if (parts.length == 2) {
                String direction = parts[1].strip().toLowerCase(java.util.Locale.ROOT);
                if (!direction.equals("asc") && !direction.equals("desc")) {
                    throw new InvalidValueException("sort", "direction must be asc or desc");
                }
                descending = direction.equals("desc");
            } else {
                descending = false;
            }
        }
        return new PageSpec(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, field, descending,
                after == null || after.isBlank() ? null : after);
    }

    /** The page request for a spec whose sort field is an API name mapped to an entity property. */
    public static Pageable pageable(PageSpec spec, Map<String, String> sortable, String tieBreaker) {
        String property = sortable.getOrDefault(spec.sort(), spec.sort());
        Sort.Direction direction = spec.descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort sort = Sort.by(direction, property);
        if (!property.equals(tieBreaker)) {
            sort = sort.and(Sort.by(Sort.Direction.ASC, tieBreaker));
        }
        return PageRequest.of(spec.page(), spec.size(), sort);
    }

    public static <E, V> PageView<V> view(Page<E> page, Function<E, V> mapper) {
        return new PageView<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
