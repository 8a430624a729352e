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

/** Paging and sorting, the same for every list: {@code ?page=0&size=20&sort=field,asc|desc}. */
public final class Pages {

    public static final int DEFAULT_SIZE = 20;

    private Pages() {
    }

    /** Reads the request parameters; {@code sort} must name one of {@code sortable} (the API name). */
    public static PageSpec spec(Integer page, Integer size, String sort, String defaultSort, boolean defaultDescending,
                                Map<String, String> sortable) {
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
        return new PageSpec(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, field, descending);
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
