package com.opsledger.query.route;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import com.opsledger.kernel.route.DeliveryReportGroupView;
import com.opsledger.kernel.route.DeliveryReportQuery;
import com.opsledger.kernel.route.DeliveryReportView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Delivery figures per driver, vehicle, warehouse or day, from the route report index (follows within a second). */
@Component
class DeliveryReportQueryHandler {

    static final List<String> GROUPS = List.of("driver", "vehicle", "warehouse", "day");
    static final List<String> FAILURE_REASONS = List.of("customer-absent", "refused", "address-not-found", "damaged",
            "other");
    private static final List<String> SUMS = List.of("stops", "delivered", "onTime", "plannedKm", "drivenKm",
            "loadKg", "capacityKg", "unweighedDeliveries");

    private final RouteReportIndex index;

    DeliveryReportQueryHandler(RouteReportIndex index) {
        this.index = index;
    }

    @QueryHandler
    DeliveryReportView handle(DeliveryReportQuery query) {
        List<Query> filters = new ArrayList<>();
        if (query.from() != null || query.to() != null) {
            filters.add(Query.of(q -> q.range(r -> r.untyped(u -> {
                u.field("date");
                if (query.from() != null) {
                    u.gte(JsonData.of(query.from().toString()));
                }
                if (query.to() != null) {
                    u.lte(JsonData.of(query.to().toString()));
                }
                return u;
            }))));
        }
        Map<String, Aggregation> sums = new LinkedHashMap<>();
        SUMS.forEach(field -> sums.put(field, Aggregation.of(a -> a.sum(s -> s.field(field)))));
        FAILURE_REASONS.forEach(reason -> sums.put("failures." + reason,
                Aggregation.of(a -> a.sum(s -> s.field("failures." + reason).missing(0)))));
        var response = index.search(s -> s.size(0).query(q -> q.bool(b -> b.filter(filters)))
                .aggregations("groups", a -> (query.groupBy().equals("day")
                        ? a.dateHistogram(d -> d.field("date").calendarInterval(CalendarInterval.Day).minDocCount(1)
                                .format("yyyy-MM-dd"))
                        : a.terms(t -> t.field(field(query.groupBy())).size(1000))).aggregations(sums)));
        Aggregate groups = response.aggregations().get("groups");
        List<DeliveryReportGroupView> views = new ArrayList<>();
        if (query.groupBy().equals("day")) {
            groups.dateHistogram().buckets().array().forEach(b -> views.add(group(b.keyAsString(), b.docCount(),
                    b.aggregations())));
        } else {
            groups.sterms().buckets().array().forEach(b -> views.add(group(b.key().stringValue(), b.docCount(),
                    b.aggregations())));
        }
        return new DeliveryReportView(query.groupBy(), query.from(), query.to(), List.copyOf(views));
    }

    private static DeliveryReportGroupView group(String key, long routes, Map<String, Aggregate> sums) {
        long delivered = Math.round(sum(sums, "delivered"));
        long onTime = Math.round(sum(sums, "onTime"));
        Map<String, Long> failures = new LinkedHashMap<>();
        for (String reason : FAILURE_REASONS) {
            long count = Math.round(sum(sums, "failures." + reason));
            if (count > 0) {
                failures.put(reason, count);
            }
        }
        BigDecimal load = decimal(sum(sums, "loadKg"));
        BigDecimal capacity = decimal(sum(sums, "capacityKg"));
        return new DeliveryReportGroupView(key, routes, Math.round(sum(sums, "stops")), delivered,
                delivered == 0 ? null : BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(delivered), 4,
                        RoundingMode.HALF_UP).stripTrailingZeros(), failures, decimal(sum(sums, "plannedKm")),
                decimal(sum(sums, "drivenKm")), load, capacity, capacity.signum() == 0 ? null
                : load.divide(capacity, 4, RoundingMode.HALF_UP).stripTrailingZeros(),
                Math.round(sum(sums, "unweighedDeliveries")));
    }

    private static double sum(Map<String, Aggregate> sums, String name) {
        return sums.get(name).sum().value();
    }

    private static BigDecimal decimal(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    private static String field(String groupBy) {
        return switch (groupBy) {
            case "driver" -> "driverId";
            case "vehicle" -> "vehicleId";
            default -> "warehouseId";
        };
    }
}
