package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Bad requests for an operation of the OpenAPI document: each starts from a plausible request (real ids of the
 * right type, values of the documented types) and breaks one thing or a few — a path id, query parameters, body
 * fields, the whole body or its content type — so that the refusal has to come from deep in the application.
 */
final class BadInputs {

    /** Who sends a request: the bootstrap admin, a user of its own for operations on the caller's own account. */
    enum Caller { ADMIN, SELF, NOBODY }

    record BadRequest(OpenApiOperations.Operation operation, Caller caller, String pathAndQuery, String contentType,
                      String body, String broken) {

        @Override
        public String toString() {
            String shown = body == null ? "" : " body " + (body.length() > 300 ? body.substring(0, 300) + "…("
                    + body.length() + " chars)" : body);
            String uri = pathAndQuery.length() > 300 ? pathAndQuery.substring(0, 300) + "…(" + pathAndQuery.length()
                    + " chars)" : pathAndQuery;
            return operation.method() + " " + uri + " [" + broken + "] as " + caller + " content-type "
                    + contentType + shown;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

    /** The id of one record of each type, made by the test; the other types' ids are the bad ids of a path. */
    private final Map<String, String> ids;
    private final JsonNode document;

    BadInputs(JsonNode document, Map<String, String> ids) {
        this.document = document;
        this.ids = ids;
    }

    Arbitrary<BadRequest> of(OpenApiOperations.Operation operation) {
        Caller caller = operation.path().startsWith("/api/v1/auth/")
                ? operation.path().endsWith("/login") || operation.path().endsWith("/refresh") ? Caller.NOBODY
                : Caller.SELF : Caller.ADMIN;
        List<Arbitrary<BadRequest>> ways = new ArrayList<>();
        for (OpenApiOperations.Parameter parameter : operation.pathParameters()) {
            ways.add(badPathValue(operation, parameter).map(value -> request(operation, caller,
                    Map.of(parameter.name(), value), Map.of(), baselineBody(operation), jsonType(operation),
                    "path " + parameter.name())));
        }
        ways.add(badQuery(operation).map(query -> request(operation, caller, Map.of(), query,
                baselineBody(operation), jsonType(operation), "query " + query.keySet())));
        if (operation.hasBody()) {
            ways.add(badBody(operation).map(body -> request(operation, caller, Map.of(), Map.of(), body.text(),
                    jsonType(operation), "body " + body.broken())));
            ways.add(brokenBody().map(body -> request(operation, caller, Map.of(), Map.of(), body,
                    jsonType(operation), "whole body")));
            ways.add(Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "application/json;charset=nonsense", "", "*/*", "multipart/form-data").map(type ->
                    request(operation, caller, Map.of(), Map.of(), baselineBody(operation), type,
                            "content type")));
        } else if (!operation.method().equals("GET")) {
            ways.add(brokenBody().map(body -> request(operation, caller, Map.of(), Map.of(), body,
                    "application/json", "unexpected body")));
        }
        return Arbitraries.oneOf(ways);
    }

    private static String jsonType(OpenApiOperations.Operation operation) {
        return operation.hasBody() ? "application/json" : null;
    }

    private BadRequest request(OpenApiOperations.Operation operation, Caller caller, Map<String, String> badPath,
                               Map<String, String> query, String body, String contentType, String broken) {
        String path = operation.path();
        for (OpenApiOperations.Parameter parameter : operation.pathParameters()) {
            String value = badPath.containsKey(parameter.name()) ? badPath.get(parameter.name())
                    : baselinePathValue(operation, parameter.name());
            path = path.replace("{" + parameter.name() + "}", encode(value));
        }
        StringBuilder uri = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            uri.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return new BadRequest(operation, caller, uri.toString(), contentType, body, broken);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- path

    /** Which record a path parameter names: by its name, or for {@code id} by the resource segment before it. */
    private String pathType(OpenApiOperations.Operation operation, String name) {
        return switch (name) {
            case "reservationId" -> "reservation";
            case "productId" -> "product";
            case "lineId" -> "order-line";
            case "sessionId", "correlationId" -> "none";
            case "aggregateType" -> "aggregate-type";
            case "name" -> operation.path().contains("/roles/") ? "role" : "projection";
            default -> {
                String before = operation.path().substring(0, operation.path().indexOf("{" + name + "}"));
                String[] segments = before.split("/");
                String resource = segments[segments.length - 1];
                yield resource.startsWith("{") ? "stock-item" : singular(resource);
            }
        };
    }

    private static String singular(String resource) {
        return switch (resource) {
            case "deliveries" -> "delivery";
            case "users" -> "user";
            default -> resource.endsWith("s") ? resource.substring(0, resource.length() - 1) : resource;
        };
    }

    private String baselinePathValue(OpenApiOperations.Operation operation, String name) {
        String type = pathType(operation, name);
        return switch (type) {
            case "aggregate-type" -> "stock-items";
            // a real projection would be replayed under the other tests: only names of no projection are sent
            case "projection" -> "no-such-projection";
            default -> ids.getOrDefault(type, NO_SUCH_ID);
        };
    }

    private Arbitrary<String> badPathValue(OpenApiOperations.Operation operation, OpenApiOperations.Parameter p) {
        String own = pathType(operation, p.name());
        List<String> otherIds = ids.entrySet().stream().filter(e -> !e.getKey().equals(own))
                .map(Map.Entry::getValue).distinct().toList();
        return Arbitraries.frequencyOf(
                tuple(4, Arbitraries.of(otherIds)),
                tuple(3, oddStrings()),
                tuple(1, Arbitraries.strings().alpha().numeric().ofLength(3000)),
                tuple(1, Arbitraries.of(NO_SUCH_ID, "0", "-1", "2147483648", "1e999999999", "null", "undefined",
                        "%", "..", ".", " ", "ö", "😀", "\u0000", "a/b", "a;b", "a\\b", "{id}", "*")));
    }

    // ---- query

    private Arbitrary<Map<String, String>> badQuery(OpenApiOperations.Operation operation) {
        List<String> names = new ArrayList<>(operation.queryParameters().stream()
                .map(OpenApiOperations.Parameter::name).toList());
        names.addAll(List.of("page", "size", "sort", "from", "to", "asOf", "q", "unknown"));
        List<String> distinct = names.stream().distinct().toList();
        Arbitrary<Map.Entry<String, String>> one = Combinators.combine(Arbitraries.of(distinct), badScalar())
                .as(Map::entry);
        return one.list().ofMinSize(1).ofMaxSize(4).map(entries -> {
            Map<String, String> query = new LinkedHashMap<>();
            for (OpenApiOperations.Parameter required : operation.queryParameters()) {
                if (required.required()) {
                    query.put(required.name(), textOf(baseline(required.name(), required.schema(), 0)));
                }
            }
            entries.forEach(e -> query.put(e.getKey(), e.getValue()));
            return query;
        });
    }

    private static String textOf(JsonNode node) {
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /** A bad value as text, for a query parameter or a path id. */
    private static Arbitrary<String> badScalar() {
        return Arbitraries.frequencyOf(
                tuple(3, Arbitraries.of("-1", "0", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
                        "9223372036854775808", "1e999999999", "-1e999999999", "10000000000000000", "NaN",
                        "Infinity", "0x10", "1.5", "", " ", "true", "[]", "{}", "null", "name,desc", "unknown,asc",
                        "id,sideways", ",,,")),
                tuple(3, Arbitraries.of("+294277-01-01T00:00:00Z", "-290308-01-01T00:00:00Z",
                        "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "2026-13-45T00:00:00Z",
                        "2026-02-30", "2026-12-07T25:61:00Z", "0000-00-00", "yesterday", "1970-01-01T00:00:00Z",
                        "2026-12-07", "2026-12-07T10:00:00", "9999-12-31T23:59:59.999999999Z", "P1D")),
                tuple(1, Arbitraries.longs().map(String::valueOf)),
                tuple(1, Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(),
                        java.math.BigInteger.TEN.pow(30)).map(String::valueOf)),
                tuple(2, oddStrings()),
                tuple(1, Arbitraries.strings().alpha().ofLength(3000)));
    }

    private static Arbitrary<String> oddStrings() {
        return Arbitraries.frequencyOf(
                tuple(2, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)),
                tuple(2, Arbitraries.strings().withCharRange('\u0080', '\uffff').ofMinLength(1).ofMaxLength(20)),
                tuple(1, Arbitraries.of("' OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x}", "%s%n",
                        "\u202e\u0000\ud83d\ude00", "Ωmega", "a\r\nb", "\t", "  padded  ", "Ⅻ", "١٢٣")));
    }

    // ---- body

    record Body(String text, String broken) {
    }

    private String baselineBody(OpenApiOperations.Operation operation) {
        return operation.hasBody() ? baseline("body", operation.bodySchema(), 0).toString() : null;
    }

    /** The body the schema describes, each field broken or not: a field per mutation, one to three of them. */
    private Arbitrary<Body> badBody(OpenApiOperations.Operation operation) {
        JsonNode baseline = baseline("body", operation.bodySchema(), 0);
        List<List<Object>> paths = new ArrayList<>();
        collectPaths(baseline, new ArrayList<>(), paths);
        if (paths.isEmpty()) {
            paths.add(List.of());
        }
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(paths), badJsonValue())
                .as(Mutation::new);
        return mutation.list().ofMinSize(1).ofMaxSize(3).map(mutations -> {
            JsonNode body = baseline.deepCopy();
            List<String> broken = new ArrayList<>();
            for (Mutation m : mutations) {
                body = apply(body, m.path(), 0, m.change());
                broken.add(m.path() + "=" + m.change().name());
            }
            return new Body(body.toString(), String.join(", ", broken));
        });
    }

    record Change(String name, UnaryOperator<JsonNode> replace) {
    }

    record Mutation(List<Object> path, Change change) {
    }

    private static final JsonNode REMOVED = NODES.missingNode();

    private static Arbitrary<Change> badJsonValue() {
        return Arbitraries.frequencyOf(
                tuple(2, Arbitraries.of(
                        change("removed", REMOVED), change("null", NODES.nullNode()),
                        change("true", NODES.booleanNode(true)), change("{}", NODES.objectNode()),
                        change("[]", NODES.arrayNode()), change("[null]", NODES.arrayNode().addNull()),
                        change("\"\"", NODES.textNode("")), change("0", NODES.numberNode(0)),
                        change("-1", NODES.numberNode(-1)), change("{unknown}", NODES.objectNode().put("x", 1)))),
                tuple(3, Arbitraries.of("1e999999999", "-1e999999999", "10000000000000000", "2147483648",
                        "9223372036854775808", "1.0000000000000000000001", "0.000000000000000000001", "1e-999999999",
                        "123456789012345678901234567890.5", "-0.0", "1E+2", "99999999999999999999")
                        .map(raw -> change(raw, NODES.rawValueNode(new RawValue(raw))))),
                tuple(2, Arbitraries.of("+294277-01-01T00:00:00Z", "-290308-01-01", "+999999999-12-31",
                        "2026-02-30", "2026-13-01T00:00:00Z", "0000-01-01", "yesterday", "2026-12-07T10:00:00",
                        "P1D", "EUR", "XXX", "eur", "€", "ACTIVE", "active", "DELETED")
                        .map(text -> change(text, NODES.textNode(text)))),
                tuple(2, oddStrings().map(text -> change("odd string", NODES.textNode(text)))),
                tuple(1, Arbitraries.of(300, 5000, 100_000).map(length -> change("string of " + length,
                        NODES.textNode("x".repeat(length))))),
                tuple(1, Arbitraries.just(new Change("unknown field beside it", null))));
    }

    private static Change change(String name, JsonNode value) {
        return new Change(name, old -> value);
    }

    private static void collectPaths(JsonNode node, List<Object> at, List<List<Object>> into) {
        if (!at.isEmpty()) {
            into.add(List.copyOf(at));
        }
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                at.add(names.next());
                collectPaths(node.get((String) at.get(at.size() - 1)), at, into);
                at.remove(at.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                at.add(i);
                collectPaths(node.get(i), at, into);
                at.remove(at.size() - 1);
            }
        }
    }

    /** The node with the value at {@code path} changed (an unknown field is added beside it instead). */
    private static JsonNode apply(JsonNode node, List<Object> path, int depth, Change change) {
        if (depth == path.size()) {
            if (change.replace() == null) {
                return node;
            }
            return change.replace().apply(node);
        }
        Object step = path.get(depth);
        if (node instanceof ObjectNode object && step instanceof String name && object.has(name)) {
            if (change.replace() == null && depth == path.size() - 1) {
                object.put("unexpected" + name, "surplus");
                return object;
            }
            JsonNode changed = apply(object.get(name), path, depth + 1, change);
            if (changed.isMissingNode()) {
                object.remove(name);
            } else {
                object.set(name, changed);
            }
            return object;
        }
        if (node instanceof ArrayNode array && step instanceof Integer index && index < array.size()) {
            JsonNode changed = apply(array.get(index), path, depth + 1, change);
            if (changed.isMissingNode()) {
                array.remove(index);
            } else {
                array.set(index, changed);
            }
            return array;
        }
        return node;
    }

    private static Arbitrary<String> brokenBody() {
        return Arbitraries.frequencyOf(
                tuple(3, Arbitraries.of("{", "{\"a\": ", "}", "[]", "null", "\"text\"", "123", "true", "", " ",
                        "{\"a\":1,}", "{'a':1}", "{\"a\":1}{\"b\":2}", "\u0000", "{\"a\":\"\\ud800\"}",
                        "{\"a\":NaN}", "{\"a\":1e999999999}", "{\"__proto__\":{}}", "[{}]")),
                tuple(1, Arbitraries.of(100, 2000).map(depth -> "[".repeat(depth) + "]".repeat(depth))),
                tuple(1, Arbitraries.of(100, 2000).map(depth -> "{\"a\":".repeat(depth) + "1"
                        + "}".repeat(depth))),
                tuple(1, Arbitraries.strings().all().ofMaxLength(200)));
    }

    // ---- plausible values from the schema

    JsonNode baseline(String name, JsonNode schemaNode, int depth) {
        JsonNode schema = OpenApiOperations.resolve(document, schemaNode);
        if (schema.has("allOf") || schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode first = schema.has("allOf") ? schema.get("allOf") : schema.has("oneOf") ? schema.get("oneOf")
                    : schema.get("anyOf");
            return baseline(name, first.get(0), depth);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        String format = schema.path("format").asText("");
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 6) {
                    for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields();
                         fields.hasNext(); ) {
                        Map.Entry<String, JsonNode> field = fields.next();
                        object.set(field.getKey(), baseline(field.getKey(), field.getValue(), depth + 1));
                    }
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 6) {
                    array.add(baseline(singularField(name), schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(false);
            default -> NODES.textNode(text(name, format));
        };
    }

    private static String singularField(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    private String text(String name, String format) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (format.equals("date")) {
            return "2030-01-15";
        }
        if (format.equals("date-time")) {
            return "2030-01-15T10:00:00Z";
        }
        if (format.equals("email") || lower.contains("email")) {
            return "fuzz@example.com";
        }
        if (lower.endsWith("id") && lower.length() > 2) {
            String type = lower.substring(0, lower.length() - 2);
            return ids.entrySet().stream().filter(e -> e.getKey().replace("-", "").equals(type))
                    .map(Map.Entry::getValue).findFirst().orElse(NO_SUCH_ID);
        }
        if (lower.contains("currency")) {
            return "EUR";
        }
        if (lower.contains("country")) {
            return "DE";
        }
        if (lower.contains("password")) {
            return "a sturdy pass phrase 42";
        }
        if (lower.equals("username")) {
            return ids.getOrDefault("login-name", "nobody");
        }
        if (lower.contains("date")) {
            return "2030-01-15";
        }
        return "fuzz";
    }

    private static <T> net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends T>> tuple(int weight,
                                                                                         Arbitrary<? extends T> a) {
        return net.jqwik.api.Tuple.of(weight, a);
    }
}
