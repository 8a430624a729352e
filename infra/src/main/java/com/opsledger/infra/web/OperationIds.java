package com.opsledger.infra.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operation id of every endpoint, one rule for all: a verb on the resource, which a generated client turns into
 * its method names ({@code stockItemsApi.receiveStock(...)}), so they must read well and never change by accident.
 * <ul>
 *     <li>a query (GET) of one record is {@code get} and the resource ({@code getStockItem},
 *     {@code getStockItemReservation}); of a collection it is {@code list} and the resource
 *     ({@code listStockItems}, {@code listStockItemMovements}); of anything else {@code get} and what it is
 *     ({@code getProductStock}); reports and dashboards are {@code get...Report}, {@code get...Dashboard};</li>
 *     <li>a command is the handler's verb and the resource it acts on ({@code createProduct},
 *     {@code approvePurchaseOrder}, {@code cancelOrderLine}), the state sub-resource it is posted to left out.</li>
 * </ul>
 * Where the handler's name is no verb or the rule would read badly, {@link #NAMED} names the operation.
 */
final class OperationIds {

    /** Path prefixes that group resources without being one. */
    private static final List<String> NAMESPACES = List.of("admin", "auth", "analysis");
    private static final Pattern WORDS = Pattern.compile("[a-z]+|[A-Z][a-z0-9]*");

    /** Operations named by hand, by method and path as served. */
    static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("POST /api/v1/auth/login", "signIn"),
            Map.entry("POST /api/v1/auth/refresh", "refreshTokens"),
            Map.entry("POST /api/v1/auth/logout", "signOut"),
            Map.entry("GET /api/v1/auth/me", "getCurrentUser"),
            Map.entry("POST /api/v1/auth/totp/confirmation", "confirmTotp"),
            Map.entry("POST /api/v1/admin/erasures", "erasePersonalData"),
            Map.entry("PUT /api/v1/admin/users/{id}/roles", "setUserRoles"),
            Map.entry("GET /api/v1/admin/projections/{name}/parked", "listParkedEvents"),
            Map.entry("POST /api/v1/admin/projections/{name}/parked/retry", "retryParkedEvents"),
            Map.entry("POST /api/v1/admin/projections/{name}/parked/{eventId}/retry", "retryParkedEvent"),
            Map.entry("DELETE /api/v1/admin/projections/{name}/parked/{eventId}", "dropParkedEvent"),
            Map.entry("GET /api/v1/alerts/settings", "getAlertSettings"),
            Map.entry("PUT /api/v1/alerts/settings", "changeAlertSettings"),
            Map.entry("POST /api/v1/analysis/allocation-what-if", "startAllocationWhatIf"),
            Map.entry("GET /api/v1/analysis/jobs/{id}", "getAnalysisJob"),
            // one operation with three representations (JSON, CSV, NDJSON), each its own handler
            Map.entry("GET /api/v1/audit/events", "listAuditEvents"),
            Map.entry("GET /api/v1/audit/{aggregateType}/{id}/events", "listRecordEvents"),
            Map.entry("GET /api/v1/audit/{aggregateType}/{id}/diff", "diffRecord"),
            Map.entry("PUT /api/v1/customers/{id}/delivery-preferences", "setDeliveryPreferences"),
            Map.entry("GET /api/v1/cycle-counts/due", "listDueCycleCounts"),
            Map.entry("POST /api/v1/deliveries/{id}/proof", "recordDeliveryProof"),
            Map.entry("POST /api/v1/deliveries/{id}/proof-override", "overrideDeliveryProof"),
            Map.entry("POST /api/v1/deliveries/{id}/return", "returnDelivery"),
            Map.entry("POST /api/v1/payments", "payInvoice"),
            Map.entry("PUT /api/v1/products/{id}/preferred-supplier", "setPreferredSupplier"),
            Map.entry("POST /api/v1/quality-checks/{id}/photos", "addQualityCheckPhoto"),
            Map.entry("POST /api/v1/quality-checks/{id}/results", "recordQualityCheckResults"),
            Map.entry("POST /api/v1/replenishment-proposals", "proposeReplenishment"),
            Map.entry("GET /api/v1/reports/expiring", "getExpiringStockReport"),
            Map.entry("PUT /api/v1/routes/{id}", "replaceRouteStops"),
            Map.entry("POST /api/v1/routes/{id}/positions", "reportRoutePosition"),
            Map.entry("GET /api/v1/search", "search"),
            Map.entry("GET /api/v1/stream", "streamChanges"),
            Map.entry("POST /api/v1/stock-items/{id}/receipts", "receiveStock"),
            Map.entry("POST /api/v1/stock-items/{id}/adjustments", "adjustStock"),
            Map.entry("POST /api/v1/stock-items/{id}/write-offs", "writeOffStock"),
            Map.entry("POST /api/v1/stock-items/{id}/reservations", "reserveStock"),
            Map.entry("POST /api/v1/stock-items/{id}/holds", "holdStock"),
            Map.entry("PUT /api/v1/stock-items/{id}/location", "setStockItemLocation"),
            Map.entry("POST /api/v1/stocktakes/{id}/counts", "recordStocktakeCounts"),
            Map.entry("POST /api/v1/storage-locations/{id}/readings", "recordTemperatureReadings"),
            Map.entry("POST /api/v1/suppliers/{id}/status", "changeSupplierStatus"),
            Map.entry("POST /api/v1/transfers/{id}/discrepancy", "reportTransferDiscrepancy"),
            Map.entry("POST /api/v1/vehicles/{id}/status", "changeVehicleStatus"));

    private OperationIds() {
    }

    /** The id of the operation at this method and path, whose handler method has this name. */
    static String of(String httpMethod, String path, String handlerName) {
        String method = httpMethod.toUpperCase(Locale.ROOT);
        String named = NAMED.get(method + " " + path);
        if (named != null) {
            return named;
        }
        List<String> segments = segments(path);
        if (segments.isEmpty()) {
            return handlerName;
        }
        return "GET".equals(method) ? query(segments, handlerName) : command(segments, handlerName);
    }

    private static String query(List<String> segments, String handlerName) {
        String last = segments.get(segments.size() - 1);
        if (segments.size() > 1 && List.of("reports", "dashboards").contains(segments.get(0))) {
            return "get" + pascal(last) + pascal(singular(segments.get(0)));
        }
        List<Integer> literals = literals(segments);
        if (isVariable(last)) {
            return "get" + nouns(segments, literals, false);
        }
        boolean collection = !singular(last).equals(last) && pascal(handlerName).equals(pascal(last));
        if ("list".equals(handlerName) || collection) {
            return "list" + nouns(segments, literals, true);
        }
        return "get" + nouns(segments, literals.subList(0, literals.size() - 1), false) + pascal(last);
    }

    private static String command(List<String> segments, String handlerName) {
        List<String> words = words(handlerName);
        String verb = words.get(0);
        String rest = String.join("", words.subList(1, words.size()).stream().map(OperationIds::pascal).toList());
        List<Integer> literals = literals(segments);
        int n = segments.size();
        if (n > 1 && !isVariable(segments.get(n - 1)) && isVariable(segments.get(n - 2))) {
            // a state transition posted to a sub-resource of the record (approval, cancellation, receipts)
            literals = literals.subList(0, literals.size() - 1);
        }
        String nouns = nouns(segments, literals, false);
        return verb + (rest.isEmpty() || nouns.endsWith(rest) ? nouns : nouns + rest);
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>(List.of(path.replaceFirst("^/api/v\\d+/?", "").split("/")));
        segments.removeIf(String::isEmpty);
        if (!segments.isEmpty() && NAMESPACES.contains(segments.get(0))) {
            segments.remove(0);
        }
        return segments;
    }

    private static List<Integer> literals(List<String> segments) {
        List<Integer> literals = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            if (!isVariable(segments.get(i))) {
                literals.add(i);
            }
        }
        return literals;
    }

    /** The resource names along the path, singular except a collection named last when {@code pluralLast}. */
    private static String nouns(List<String> segments, List<Integer> literals, boolean pluralLast) {
        StringBuilder nouns = new StringBuilder();
        for (int k = 0; k < literals.size(); k++) {
            int i = literals.get(k);
            boolean keepPlural = pluralLast && k == literals.size() - 1
                    && (i + 1 >= segments.size() || !isVariable(segments.get(i + 1)));
            nouns.append(pascal(keepPlural ? segments.get(i) : singular(segments.get(i))));
        }
        return nouns.toString();
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{");
    }

    static String singular(String noun) {
        if (noun.endsWith("ies")) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        if (noun.endsWith("sses") || noun.endsWith("ches") || noun.endsWith("shes") || noun.endsWith("xes")) {
            return noun.substring(0, noun.length() - 2);
        }
        if (noun.endsWith("ss") || noun.endsWith("us") || !noun.endsWith("s")) {
            return noun;
        }
        return noun.substring(0, noun.length() - 1);
    }

    private static String pascal(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split("[-_]")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }

    private static List<String> words(String camel) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORDS.matcher(camel);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words.isEmpty() ? List.of(camel) : words;
    }
}
