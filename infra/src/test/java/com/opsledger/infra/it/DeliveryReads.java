package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.opsledger.query.delivery.DeliverySearchIndex;

import java.time.LocalDate;
import java.util.function.Predicate;

/** Waiting for a delivery's search document and for a driver's group of the delivery report, as tests read them. */
final class DeliveryReads {

    private DeliveryReads() {
    }

    /** The delivery's document once {@code ready} holds, waiting up to {@code waitMillis} (also through a rebuild). */
    static DeliverySearchIndex.Document indexed(DeliverySearchIndex index, String deliveryId,
                                                Predicate<DeliverySearchIndex.Document> ready, long waitMillis) {
        long deadline = System.currentTimeMillis() + waitMillis;
        DeliverySearchIndex.Document last = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                last = index.get(deliveryId).orElse(null);
            } catch (RuntimeException replaced) {
                last = null; // the index is being rebuilt
            }
            if (last != null && ready.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("delivery " + deliveryId + " not indexed as expected; last: " + last);
    }

    /** The driver's group of the delivery report of that day, once {@code settled} holds. */
    static JsonNode reportGroup(Api api, LocalDate date, String driverId, Predicate<JsonNode> settled) {
        JsonNode[] found = new JsonNode[1];
        Eventually.get(api, "/api/v1/reports/deliveries?groupBy=driver&from=" + date + "&to=" + date, report -> {
            for (JsonNode group : report.path("groups")) {
                if (group.path("key").asText().equals(driverId) && settled.test(group)) {
                    found[0] = group;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }
}
