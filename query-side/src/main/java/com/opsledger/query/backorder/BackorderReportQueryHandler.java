package com.opsledger.query.backorder;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.opsledger.kernel.backorder.BackorderReportQuery;
import com.opsledger.kernel.backorder.BackorderReportView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Backorder figures from the Elasticsearch index, which follows the backorders within about a second. */
@Component
class BackorderReportQueryHandler {

    private final BackorderSearchIndex index;

    BackorderReportQueryHandler(BackorderSearchIndex index) {
        this.index = index;
    }

    @QueryHandler
    BackorderReportView handle(BackorderReportQuery query) {
        List<Query> filters = new ArrayList<>();
        term(filters, "customerId", query.scopeCustomerId());
        term(filters, "customerId", query.customerId());
        term(filters, "status", query.status());
        term(filters, "productId", query.productId());
        term(filters, "warehouseId", query.warehouseId());
        term(filters, "slaState", query.slaState());
        SearchResponse<BackorderSearchIndex.Document> response = index.search(s -> s.size(0).trackTotalHits(t -> t
                        .enabled(true))
                .query(q -> q.bool(b -> b.filter(filters)))
                .aggregations("status", a -> a.terms(t -> t.field("status").size(10)))
                .aggregations("slaState", a -> a.terms(t -> t.field("slaState").size(10)))
                .aggregations("product", a -> a.terms(t -> t.field("productId").size(20)))
                .aggregations("customer", a -> a.terms(t -> t.field("customerId").size(20)))
                .aggregations("age", a -> a.dateRange(r -> r.field("createdAt")
                        .ranges(x -> x.key("under-1d").from(f -> f.expr("now-1d")))
                        .ranges(x -> x.key("1d-7d").from(f -> f.expr("now-7d")).to(f -> f.expr("now-1d")))
                        .ranges(x -> x.key("7d-30d").from(f -> f.expr("now-30d")).to(f -> f.expr("now-7d")))
                        .ranges(x -> x.key("over-30d").to(f -> f.expr("now-30d")))))
                .aggregations("remaining", a -> a.sum(m -> m.field("remaining"))));
        Map<String, Aggregate> aggregations = response.aggregations();
        Map<String, Long> byAge = new LinkedHashMap<>();
        aggregations.get("age").dateRange().buckets().array().forEach(b -> byAge.put(b.key(), b.docCount()));
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        return new BackorderReportView(total, BigDecimal.valueOf(aggregations.get("remaining").sum().value())
                .setScale(3, RoundingMode.HALF_UP).stripTrailingZeros(), terms(aggregations.get("status")),
                terms(aggregations.get("slaState")), terms(aggregations.get("product")),
                terms(aggregations.get("customer")), byAge);
    }

    private static Map<String, Long> terms(Aggregate aggregate) {
        Map<String, Long> counts = new LinkedHashMap<>();
        aggregate.sterms().buckets().array().forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
        return counts;
    }

    private static void term(List<Query> filters, String field, String value) {
        if (value != null) {
            filters.add(Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value)))));
        }
    }
}
