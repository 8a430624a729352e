package com.opsledger.query.purchaseorder;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import com.opsledger.kernel.purchaseorder.SpendingGroupView;
import com.opsledger.kernel.purchaseorder.SpendingReportQuery;
import com.opsledger.kernel.purchaseorder.SpendingReportView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Spending: the totals of purchase orders that were sent to their supplier (sent, confirmed, received or closed;
 * cancelled ones are left out), by the time they were sent, summed per supplier, month or product category and
 * currency. Supplier and month come from the Elasticsearch index of orders; category from the order lines in
 * PostgreSQL ({@link SpendingByCategory}).
 */
@Component
class SpendingReportQueryHandler {

    static final List<String> SPENT = List.of(PurchaseOrderStatus.SENT.name(), PurchaseOrderStatus.CONFIRMED.name(),
            PurchaseOrderStatus.PARTIALLY_RECEIVED.name(), PurchaseOrderStatus.RECEIVED.name(),
            PurchaseOrderStatus.CLOSED.name());

    private final PurchaseOrderSearchIndex index;
    private final SpendingByCategory byCategory;

    SpendingReportQueryHandler(PurchaseOrderSearchIndex index, SpendingByCategory byCategory) {
        this.index = index;
        this.byCategory = byCategory;
    }

    @QueryHandler
    SpendingReportView handle(SpendingReportQuery query) {
        if ("category".equals(query.groupBy())) {
            return new SpendingReportView(query.groupBy(), query.from(), query.to(), byCategory.groups(query));
        }
        BoolQuery.Builder filter = new BoolQuery.Builder()
                .filter(f -> f.terms(t -> t.field("status").terms(v -> v.value(SPENT.stream()
                        .map(co.elastic.clients.elasticsearch._types.FieldValue::of).toList()))))
                .filter(f -> f.exists(e -> e.field("sentAt")));
        if (query.from() != null || query.to() != null) {
            filter.filter(f -> f.range(r -> r.untyped(u -> {
                u.field("sentAt");
                if (query.from() != null) {
                    u.gte(JsonData.of(query.from().toString()));
                }
                if (query.to() != null) {
                    u.lt(JsonData.of(query.to().toString()));
                }
                return u;
            })));
        }
        if (query.onlySupplierId() != null) {
            filter.filter(f -> f.term(t -> t.field("supplierId").value(query.onlySupplierId())));
        }
        Query matching = Query.of(q -> q.bool(filter.build()));
        Aggregation byCurrency = Aggregation.of(a -> a.terms(t -> t.field("currency").size(50))
                .aggregations("total", s -> s.sum(sum -> sum.field("total"))));
        Aggregation groups = "month".equals(query.groupBy())
                ? Aggregation.of(a -> a.dateHistogram(d -> d.field("sentAt").calendarInterval(CalendarInterval.Month)
                .format("yyyy-MM").minDocCount(1)).aggregations("currencies", byCurrency))
                : Aggregation.of(a -> a.terms(t -> t.field("supplierId").size(1000))
                .aggregations("currencies", byCurrency));
        SearchResponse<Void> response = index.search(s -> s.size(0).query(matching)
                .aggregations(Map.of("groups", groups)));
        List<SpendingGroupView> result = new ArrayList<>();
        var aggregate = response.aggregations().get("groups");
        if (aggregate.isDateHistogram()) {
            aggregate.dateHistogram().buckets().array().forEach(bucket -> currencies(bucket.keyAsString(),
                    bucket.aggregations().get("currencies").sterms().buckets().array(), result));
        } else {
            aggregate.sterms().buckets().array().forEach(bucket -> currencies(bucket.key().stringValue(),
                    bucket.aggregations().get("currencies").sterms().buckets().array(), result));
        }
        return new SpendingReportView(query.groupBy(), query.from(), query.to(), result);
    }

    private static void currencies(String key, List<StringTermsBucket> buckets, List<SpendingGroupView> result) {
        for (StringTermsBucket bucket : buckets) {
            BigDecimal total = BigDecimal.valueOf(bucket.aggregations().get("total").sum().value())
                    .setScale(2, RoundingMode.HALF_UP);
            result.add(new SpendingGroupView(key, bucket.key().stringValue(), bucket.docCount(), total));
        }
    }
}
