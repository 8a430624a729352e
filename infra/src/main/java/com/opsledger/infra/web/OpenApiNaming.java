package com.opsledger.infra.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;

/**
 * Names in the API document that a generated client turns into its own names: operation ids ({@link OperationIds})
 * and schema names ({@link SchemaNames}), both stable from one start to the next.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiNaming {

    /** Carries the handler's name from the operation's customization to the document's, where the path is known. */
    private static final String HANDLER = "x-opsledger-handler";

    @Bean
    static SchemaNames controllerRecordNames() {
        return SchemaNames.of("com.opsledger");
    }

    /** Keeps the handler method's name, unless the operation names itself with {@code @Operation(operationId)}. */
    @Bean
    OperationCustomizer handlerNames() {
        return (operation, handler) -> {
            io.swagger.v3.oas.annotations.Operation annotation = AnnotatedElementUtils.findMergedAnnotation(
                    handler.getMethod(), io.swagger.v3.oas.annotations.Operation.class);
            if (annotation == null || annotation.operationId().isBlank()) {
                operation.addExtension(HANDLER, handler.getMethod().getName());
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer operationIds() {
        return openApi -> {
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    name(method, path, operation)));
            declareTags(openApi);
        };
    }

    /** Every tag an operation names is declared once, in a fixed order (the same document from start to start). */
    private static void declareTags(OpenAPI openApi) {
        Map<String, Tag> tags = new TreeMap<>();
        if (openApi.getTags() != null) {
            openApi.getTags().forEach(tag -> tags.put(tag.getName(), tag));
        }
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getTags() != null) {
                operation.getTags().forEach(name -> tags.putIfAbsent(name, new Tag().name(name)));
            }
        }));
        openApi.setTags(new ArrayList<>(tags.values()));
    }

    private static void name(PathItem.HttpMethod method, String path, Operation operation) {
        Map<String, Object> extensions = operation.getExtensions();
        if (extensions == null || !(extensions.get(HANDLER) instanceof String handler)) {
            return;
        }
        operation.setOperationId(OperationIds.of(method.name(), path, handler));
        extensions.remove(HANDLER);
        if (extensions.isEmpty()) {
            operation.setExtensions(null);
        }
    }
}
