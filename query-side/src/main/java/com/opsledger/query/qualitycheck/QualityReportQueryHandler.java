package com.opsledger.query.qualitycheck;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StatsAggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;
import com.opsledger.kernel.qualitycheck.QualityCheckTerms;
import com.opsledger.kernel.qualitycheck.QualityFiguresView;
import com.opsledger.kernel.qualitycheck.QualityReportGroupView;
import com.opsledger.kernel.qualitycheck.QualityReportPointView;
import com.opsledger.kernel.qualitycheck.QualityReportQuery;
import com.opsledger.kernel.qualitycheck.QualityReportView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quality figures from the Elasticsearch index, which follows the checks within about a second: per group (supplier,
 * product, check type, warehouse) and per interval of the opening time, how many checks, how many passed and were
 * rejected, the pass rate and the mean scores. Checks without a supplier count in the totals, not under a supplier.
 */
@Component
class QualityReportQueryHandler {

    static final Map<String, String> GROUP_FIELDS = Map.of("supplier", "supplierId", "product", "productId",
            "checkType", "checkType", "warehouse", "warehouseId");
    static final Map<String, CalendarInterval> INTERVALS = Map.of("day", CalendarInterval.Day,
            "week", CalendarInterval.Week, "month", CalendarInterval.Month);
    private static final int MAX_GROUPS = 500;

    private final QualityCheckSearchIndex index;

    QualityReportQueryHandler(QualityCheckSearchIndex index) {
        this.index = index;
    }

    @QueryHandler
    QualityReportView handle(QualityReportQuery query) {
        List<Query> filters = new ArrayList<>();
        if (query.scopeSupplierId() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("supplierId").value(FieldValue.of(query.scopeSupplierId())))));
        }
        if (query.from() != null || query.to() != null) {
            filters.add(Query.of(q -> q.range(r -> r.untyped(u -> {
                u.field("openedAt");
                if (query.from() != null) {
                    u.gte(JsonData.of(query.from().toString()));
                }
                if (query.to() != null) {
                    u.lt(JsonData.of(query.to().toString()));
                }
                return u;
            }))));
        }
        CalendarInterval interval = INTERVALS.get(query.interval());
        Map<String, Aggregation> figures = figures(interval);
        SearchResponse<Void> response = index.search(s -> s.size(0).trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> b.filter(filters)))
                .aggregations(figures)
                .aggregations("groups", a -> a.terms(t -> t.field(GROUP_FIELDS.get(query.groupBy())).size(MAX_GROUPS))
                        .aggregations(figures)));
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        Map<String, Aggregate> all = response.aggregations();
        List<QualityReportGroupView> groups = new ArrayList<>();
        all.get("groups").sterms().buckets().array().forEach(bucket -> groups.add(new QualityReportGroupView(
                bucket.key().stringValue(), figures(bucket.docCount(), bucket.aggregations()),
                series(bucket.aggregations()))));
        return new QualityReportView(query.groupBy(), query.interval(), query.from(), query.to(), figures(total, all),
                series(all), groups);
    }

    /** The figures of a set of checks: passed and rejected counts, score statistics, and the series below. */
    private static Map<String, Aggregation> figures(CalendarInterval interval) {
        Map<String, Aggregation> figures = counts();
        figures.put("series", Aggregation.of(a -> a.dateHistogram(h -> h.field("openedAt").calendarInterval(interval)
                .minDocCount(1)).aggregations(counts())));
        return figures;
    }

    private static Map<String, Aggregation> counts() {
        Map<String, Aggregation> counts = new LinkedHashMap<>();
        counts.put("passed", status("passed"));
        counts.put("rejected", status("rejected"));
        counts.put("overall", Aggregation.of(a -> a.stats(s -> s.field("overallScore"))));
        for (String criterion : QualityCheckTerms.CRITERIA) {
            counts.put("score_" + criterion, Aggregation.of(a -> a.stats(s -> s.field("score_" + criterion))));
        }
        return counts;
    }

    private static Aggregation status(String status) {
        return Aggregation.of(a -> a.filter(f -> f.term(t -> t.field("status").value(FieldValue.of(status)))));
    }

    private static QualityFiguresView figures(long checks, Map<String, Aggregate> aggregations) {
        long passed = aggregations.get("passed").filter().docCount();
        long rejected = aggregations.get("rejected").filter().docCount();
        long decided = passed + rejected;
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        for (String criterion : QualityCheckTerms.CRITERIA) {
            BigDecimal mean = mean(aggregations.get("score_" + criterion).stats());
            if (mean != null) {
                means.put(criterion, mean);
            }
        }
        return new QualityFiguresView(checks, decided, passed, rejected, decided == 0 ? null
                : BigDecimal.valueOf(passed).divide(BigDecimal.valueOf(decided), 4, RoundingMode.HALF_UP)
                .stripTrailingZeros(), mean(aggregations.get("overall").stats()), means);
    }

    private static List<QualityReportPointView> series(Map<String, Aggregate> aggregations) {
        return aggregations.get("series").dateHistogram().buckets().array().stream()
                .map(b -> new QualityReportPointView(Instant.ofEpochMilli(b.key()),
                        figures(b.docCount(), b.aggregations()))).toList();
    }

    private static BigDecimal mean(StatsAggregate stats) {
        return stats.count() == 0 ? null : BigDecimal.valueOf(stats.avg()).setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
