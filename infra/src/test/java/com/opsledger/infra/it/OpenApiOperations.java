package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every operation of the application's OpenAPI document, with its parameters and request body schema resolved. */
final class OpenApiOperations {

    record Parameter(String name, boolean required, JsonNode schema) {
    }

    record Operation(String method, String path, List<Parameter> pathParameters, List<Parameter> queryParameters,
                     JsonNode bodySchema, List<String> bodyTypes) {

        String key() {
            return method + " " + path;
        }

        boolean hasBody() {
            return bodySchema != null;
        }
    }

    private OpenApiOperations() {
    }

    static List<Operation> read(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                operations.add(operation(document, method.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        method.getValue(), path.getValue().path("parameters")));
            }
        }
        return operations;
    }

    private static Operation operation(JsonNode document, String method, String path, JsonNode operation,
                                       JsonNode shared) {
        List<Parameter> inPath = new ArrayList<>();
        List<Parameter> inQuery = new ArrayList<>();
        List<JsonNode> parameters = new ArrayList<>();
        shared.forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        for (JsonNode parameter : parameters) {
            JsonNode resolved = resolve(document, parameter);
            Parameter p = new Parameter(resolved.path("name").asText(), resolved.path("required").asBoolean(),
                    resolve(document, resolved.path("schema")));
            switch (resolved.path("in").asText()) {
                case "path" -> inPath.add(p);
                case "query" -> inQuery.add(p);
                default -> {
                    // headers and cookies are the edges' business (If-Match, correlation ids), not generated here
                }
            }
        }
        JsonNode content = resolve(document, operation.path("requestBody")).path("content");
        JsonNode bodySchema = null;
        List<String> bodyTypes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            bodyTypes.add(type.getKey());
            if (bodySchema == null || type.getKey().contains("json")) {
                bodySchema = resolve(document, type.getValue().path("schema"));
            }
        }
        return new Operation(method, path, inPath, inQuery, bodySchema, bodyTypes);
    }

    /** Follows a {@code $ref} to the component it names (schemas are resolved lazily where they nest). */
    static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String ref = current.path("$ref").asText();
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current;
    }
}
