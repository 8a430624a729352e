package com.opsledger.kernel.search;

import java.util.List;

public record SearchResultView(String query, long total, int page, int size, List<SearchHitView> hits) {
}
