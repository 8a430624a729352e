package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The OpenAPI document as served is one a client generator and a person can use: every reference resolves, every
 * operation has a stable id that reads as a verb on its resource, says it needs the bearer token (except sign-in and
 * refresh), takes a named request body and declares its answers; and it is the copy the build's client is made from.
 */
class OpenApiDocumentIT extends ApplicationIT {

    /** A verb, then the resource: no numbers, no underscores, none of what a generator adds to duplicates. */
    private static final Pattern VERB_ON_RESOURCE = Pattern.compile("[a-z]+([A-Z][a-z]+)*");
    private static final Set<String> VERBS = Set.of("get", "list", "create", "update", "open", "receive", "adjust",
            "write", "reserve", "hold", "set", "issue", "release", "approve", "reject", "cancel", "close", "confirm",
            "add", "send", "submit", "sign", "refresh", "change", "start", "erase", "retry", "drop", "replay", "verify",
            "disable", "enable", "reset", "revoke", "unlock", "diff", "prioritize", "dispatch", "fail", "record",
            "override", "return", "register", "accept", "place", "pay", "propose", "plan", "replace", "complete",
            "optimise", "report", "search", "stream", "decide", "withdraw", "offer", "acknowledge", "request",
            "remove", "delete", "assign", "resolve", "export", "import", "mark", "schedule", "credit", "transfer",
            "split", "merge", "dismiss", "snooze", "quarantine");
    private static final Set<String> PUBLIC = Set.of("signIn", "refreshTokens");

    private JsonNode document;

    @BeforeEach
    void fetchTheDocument() {
        document = ApiDocument.served(port);
    }

    @Test
    void canBeReadWithoutATokenAndDeclaresTheBearerSchemeOnEveryOperationButSignInAndRefresh() {
        JsonNode scheme = document.path("components").path("securitySchemes").path("bearerAuth");
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asText()).isEqualTo("JWT");
        List<String> unsecured = new ArrayList<>();
        for (ApiDocument.Operation operation : ApiDocument.operations(document)) {
            boolean bearer = operation.node().path("security").toString().equals("[{\"bearerAuth\":[]}]");
            if (bearer == PUBLIC.contains(operation.id())) {
                unsecured.add(operation + " security " + operation.node().path("security"));
            }
            if (bearer) {
                assertThat(operation.node().path("responses").has("401")).as(operation.toString()).isTrue();
            }
        }
        assertThat(unsecured).as("operations whose security is not what the server asks").isEmpty();
        assertThat(document.path("security").isMissingNode()).as("no document-wide requirement").isTrue();
    }

    @Test
    void hasNoBrokenReference() {
        Map<String, String> references = ApiDocument.references(document, "#", new TreeMap<>());
        assertThat(references).as("references of the document").isNotEmpty()
                .containsValue("#/components/schemas/Problem");
        Map<String, String> broken = references.entrySet().stream()
                .filter(reference -> ApiDocument.target(document, reference.getValue()).isMissingNode())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertThat(broken).as("references to nothing (where → what)").isEmpty();
        assertThat(document.at("/components/schemas/Problem/properties/detail/type").asText()).isEqualTo("string");
    }

    @Test
    void namesEveryOperationOnceWithAVerbOnItsResource() {
        List<ApiDocument.Operation> operations = ApiDocument.operations(document);
        assertThat(operations).hasSizeGreaterThan(100);
        Map<String, List<String>> byId = operations.stream().collect(Collectors.groupingBy(ApiDocument.Operation::id,
                TreeMap::new, Collectors.mapping(ApiDocument.Operation::toString, Collectors.toList())));
        assertThat(byId.entrySet().stream().filter(id -> id.getValue().size() > 1).toList())
                .as("operation ids given twice").isEmpty();
        assertThat(operations.stream().filter(operation -> !VERB_ON_RESOURCE.matcher(operation.id()).matches()
                        || !VERBS.contains(operation.id().split("(?=[A-Z])")[0])).map(Object::toString).toList())
                .as("operation ids that are not a verb on the resource (name them in OperationIds)").isEmpty();
        Map<String, String> ids = operations.stream().collect(Collectors.toMap(
                operation -> operation.method().toUpperCase(java.util.Locale.ROOT) + " " + operation.path(),
                ApiDocument.Operation::id));
        assertThat(ids).containsEntry("POST /api/v1/auth/login", "signIn")
                .containsEntry("POST /api/v1/stock-items/{id}/receipts", "receiveStock")
                .containsEntry("GET /api/v1/stock-items/{id}", "getStockItem")
                .containsEntry("GET /api/v1/stock-items", "listStockItems")
                .containsEntry("GET /api/v1/stock-items/{id}/movements", "listStockItemMovements")
                .containsEntry("POST /api/v1/purchase-orders/{id}/approval", "approvePurchaseOrder")
                .containsEntry("POST /api/v1/orders/{id}/lines/{lineId}/cancellation", "cancelOrderLine")
                .containsEntry("POST /api/v1/warehouses", "createWarehouse");
    }

    @Test
    void takesNamedRequestBodiesAndDocumentsIdsAsStrings() {
        List<String> problems = new ArrayList<>();
        for (ApiDocument.Operation operation : ApiDocument.operations(document)) {
            JsonNode json = operation.node().path("requestBody").path("content").path("application/json");
            JsonNode body = json.path("schema");
            boolean named = body.has("$ref") || body.path("items").has("$ref");
            // a multipart form (files and fields) is described inline, as its parts
            boolean form = operation.node().path("requestBody").path("content").has("multipart/form-data")
                    || body.path("properties").toString().contains("\"binary\"");
            if (!json.isMissingNode() && !named && !form) {
                problems.add(operation + ": the JSON body is no named schema: " + json.path("schema"));
            }
            for (JsonNode parameter : operation.node().path("parameters")) {
                String name = parameter.path("name").asText();
                if (parameter.path("in").asText().equals("path") && (name.equals("id") || name.endsWith("Id"))
                        && !parameter.path("schema").path("type").asText().equals("string")) {
                    problems.add(operation + ": the id " + name + " is no string: " + parameter.path("schema"));
                }
            }
        }
        assertThat(problems).isEmpty();
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.has("LoginRequest")).isTrue();
        // three different receipts that share a simple class name are three schemas, each where it belongs
        assertThat(bodyOf("post", "/api/v1/stock-items/{id}/receipts"))
                .isEqualTo("#/components/schemas/StockItemReceiptRequest");
        assertThat(bodyOf("post", "/api/v1/transfers/{id}/receipts"))
                .isEqualTo("#/components/schemas/TransferReceiptRequest");
        assertThat(bodyOf("post", "/api/v1/purchase-orders/{id}/receipts"))
                .isEqualTo("#/components/schemas/PurchaseOrderDeliveryReceiptRequest");
        assertThat(schemas.at("/StockItemReceiptRequest/properties/quantity/type").asText()).isEqualTo("number");
        assertThat(schemas.at("/StockItemReceiptRequest/properties/quantity/maximum").asText())
                .isEqualTo("1000000000");
        assertThat(schemas.at("/StockItemReceiptRequest/properties/expiryDate/format").asText()).isEqualTo("date");
        assertThat(schemas.at("/StockItemReceiptRequest/example/quantity").isNumber()).isTrue();
        assertThat(schemas.at("/TransferReceiptRequest/properties/lines/type").asText()).isEqualTo("array");
        assertThat(schemas.at("/CustomerRequest/properties/tier/enum").toString())
                .isEqualTo("[\"standard\",\"silver\",\"gold\"]");
    }

    @Test
    void declaresWhatEverySuccessfulAnswerHolds() {
        List<String> undeclared = new ArrayList<>();
        for (ApiDocument.Operation operation : ApiDocument.operations(document)) {
            operation.node().path("responses").fields().forEachRemaining(answer -> {
                if (!answer.getKey().startsWith("2")) {
                    return;
                }
                answer.getValue().path("content").fields().forEachRemaining(type -> {
                    JsonNode schema = type.getValue().path("schema");
                    if (type.getKey().equals("application/json") && !declares(schema)) {
                        undeclared.add(operation + " " + answer.getKey() + " " + type.getKey() + ": " + schema);
                    }
                });
            });
        }
        assertThat(undeclared).as("answers whose fields the document does not say").isEmpty();
    }

    private boolean declares(JsonNode schema) {
        JsonNode resolved = schema.has("$ref") ? ApiDocument.target(document, schema.path("$ref").asText()) : schema;
        if (resolved.has("items")) {
            return declares(resolved.path("items"));
        }
        String type = resolved.path("type").asText();
        return resolved.has("properties") || resolved.has("additionalProperties") || resolved.has("oneOf")
                || resolved.has("allOf") || (!type.isEmpty() && !type.equals("object"));
    }

    /** The document the build generates its client from is the one served: else write it where it can be taken. */
    @Test
    void isTheCopyTheBuildGeneratesItsClientFrom() throws IOException {
        Path served = Path.of("target", "openapi", "opsledger.json");
        Files.createDirectories(served.getParent());
        Files.writeString(served, ApiDocument.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document)
                + "\n");
        if (!Files.exists(ApiDocument.CHECKED_IN)) {
            fail("no " + ApiDocument.CHECKED_IN + "; the served document is in " + served.toAbsolutePath());
        }
        JsonNode checkedIn = ApiDocument.JSON.readTree(ApiDocument.CHECKED_IN.toFile());
        if (!checkedIn.equals(document)) {
            fail("the API document served differs from " + ApiDocument.CHECKED_IN + ", from which the build generates "
                    + "its client (" + differences(checkedIn, document) + "). When the change is meant, take the "
                    + "served one: cp infra/" + served + " infra/" + ApiDocument.CHECKED_IN);
        }
    }

    private static String differences(JsonNode before, JsonNode after) {
        Function<JsonNode, Set<String>> operations = document -> ApiDocument.operations(document).stream()
                .map(Object::toString).collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<String> added = new java.util.TreeSet<>(operations.apply(after));
        added.removeAll(operations.apply(before));
        Set<String> removed = new java.util.TreeSet<>(operations.apply(before));
        removed.removeAll(operations.apply(after));
        List<String> changed = new ArrayList<>();
        after.fields().forEachRemaining(part -> {
            if (!part.getValue().equals(before.path(part.getKey()))) {
                changed.add(part.getKey());
            }
        });
        return "operations added " + added + ", removed " + removed + "; parts changed " + changed;
    }

    private String bodyOf(String method, String path) {
        return document.path("paths").path(path).path(method).path("requestBody").path("content")
                .path("application/json").path("schema").path("$ref").asText();
    }
}
