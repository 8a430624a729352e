package com.opsledger.kernel.common;

import java.util.List;

/** One page of a list answer; every list endpoint pages the same way. */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
}
