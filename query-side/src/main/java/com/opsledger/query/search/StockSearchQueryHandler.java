package com.opsledger.query.search;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.search.SearchHitView;
import com.opsledger.kernel.search.SearchResultView;
import com.opsledger.kernel.search.SearchStockQuery;
import com.opsledger.query.search.StockSearchIndex.Document;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static com.opsledger.query.search.StockSearchIndex.fold;

/**
 * What a user typed, matched the ways people look for stock: an exact sku ranks first, then a sku or warehouse code
 * they are still typing, then words of product and warehouse names (the last word as a prefix), with or without
 * accents.
 */
@Component
class StockSearchQueryHandler {

    private final StockSearchIndex index;

    StockSearchQueryHandler(StockSearchIndex index) {
        this.index = index;
    }

    @QueryHandler
    SearchResultView handle(SearchStockQuery query) {
        String text = query.text() == null ? "" : query.text().strip();
        if (text.isEmpty()) {
            return new SearchResultView(text, 0, query.page(), query.size(), List.of());
        }
        String folded = fold(text);
        BoolQuery.Builder bool = new BoolQuery.Builder()
                .should(s -> s.term(t -> t.field("sku").value(text).caseInsensitive(true).boost(10f)))
                .should(s -> s.prefix(p -> p.field("sku").value(text).caseInsensitive(true).boost(4f)))
                .should(s -> s.term(t -> t.field("warehouseCode").value(text).caseInsensitive(true).boost(6f)))
                .should(s -> s.prefix(p -> p.field("warehouseCode").value(text).caseInsensitive(true).boost(3f)))
                // the raw field rewards the accents as typed; the folded one finds the name without them
                .should(s -> s.matchBoolPrefix(m -> m.field("productName").query(text).operator(Operator.And)
                        .boost(2f)))
                .should(s -> s.matchBoolPrefix(m -> m.field("productNameFolded").query(folded).operator(Operator.And)))
                .should(s -> s.matchBoolPrefix(m -> m.field("warehouseName").query(text).operator(Operator.And)))
                .should(s -> s.matchBoolPrefix(m -> m.field("warehouseNameFolded").query(folded)
                        .operator(Operator.And)))
                // a filter clause would otherwise make every should clause optional
                .minimumShouldMatch("1");
        if (query.kind() != null) {
            bool.filter(f -> f.term(t -> t.field("kind").value(query.kind())));
        }
        BoolQuery matches = bool.build();
        SearchResponse<Document> response = index.search(s -> s
                .query(q -> q.bool(matches))
                .from(query.page() * query.size())
                .size(query.size())
                .trackTotalHits(t -> t.enabled(true))
                .trackScores(true)
                // the id breaks ties in score, so pages do not overlap or skip
                .sort(o -> o.score(c -> c.order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        List<SearchHitView> hits = response.hits().hits().stream().map(StockSearchQueryHandler::view).toList();
        return new SearchResultView(text, total, query.page(), query.size(), hits);
    }

    private static SearchHitView view(Hit<Document> hit) {
        Document d = hit.source();
        double score = hit.score() == null ? 0 : hit.score();
        return new SearchHitView(d.kind(), d.id(), score, d.productId(), d.sku(), d.productName(), d.warehouseId(),
                d.warehouseCode(), d.warehouseName(), d.unit(), exact(d.onHand()), exact(d.available()),
                exact(d.quarantined()));
    }

    /** Elasticsearch gives back 3.0 or 12.5 after a partial update; answer quantities as Quantity holds them. */
    private static BigDecimal exact(BigDecimal amount) {
        return amount == null ? null : amount.setScale(Quantity.MAX_SCALE, RoundingMode.HALF_EVEN);
    }
}
