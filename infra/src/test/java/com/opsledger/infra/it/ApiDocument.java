package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The OpenAPI document as the running application serves it, to anyone, and the copy the build generates from. */
final class ApiDocument {

    /** The copy the Java client of the build is generated from (see the openapi-generator plugin in the pom). */
    static final Path CHECKED_IN = Path.of("src", "test", "resources", "openapi", "opsledger.json");
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ApiDocument() {
    }

    /** Fetched without a token; the document is built on its first request, which takes long on a busy machine. */
    static HttpResponse<String> fetch(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(180)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode served(int port) {
        HttpResponse<String> response = fetch(port, "/v3/api-docs");
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /v3/api-docs answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Operation(String method, String path, JsonNode node) {

        String id() {
            return node.path("operationId").asText();
        }

        @Override
        public String toString() {
            return method.toUpperCase(java.util.Locale.ROOT) + " " + path + " (" + id() + ")";
        }
    }

    static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(method -> {
                if (List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    operations.add(new Operation(method.getKey(), path.getKey(), method.getValue()));
                }
            });
        }
        return operations;
    }

    /** Every {@code $ref} in the document, with where it is. */
    static Map<String, String> references(JsonNode node, String at, Map<String, String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if ("$ref".equals(field.getKey()) && field.getValue().isTextual()) {
                    found.put(at, field.getValue().asText());
                } else {
                    references(field.getValue(), at + "/" + field.getKey(), found);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                references(node.get(i), at + "/" + i, found);
            }
        }
        return found;
    }

    /** The node a local reference ({@code #/components/schemas/Problem}) names, or a missing node. */
    static JsonNode target(JsonNode document, String reference) {
        if (!reference.startsWith("#/")) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        JsonNode target = document;
        for (String part : reference.substring(2).split("/")) {
            target = target.path(part.replace("~1", "/").replace("~0", "~"));
        }
        return target;
    }
}
