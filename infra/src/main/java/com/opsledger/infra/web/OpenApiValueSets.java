package com.opsledger.infra.web;

import com.opsledger.kernel.customer.CommunicationPreference;
import com.opsledger.kernel.customer.CustomerTier;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The values a request field takes where the request record carries them as text and the domain parses them
 * ({@link CustomerTier#parse}): the document lists them as an enum, taken from the domain's own values.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiValueSets {

    static final Map<String, Map<String, List<String>>> VALUES = Map.of(
            "CustomerRequest", Map.of(
                    "tier", Arrays.stream(CustomerTier.values()).map(CustomerTier::code).toList(),
                    "communicationPreference", Arrays.stream(CommunicationPreference.values())
                            .map(CommunicationPreference::code).toList()));

    @Bean
    OpenApiCustomizer requestValueSets() {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            VALUES.forEach((schemaName, fields) -> {
                Schema<?> schema = openApi.getComponents().getSchemas().get(schemaName);
                if (schema == null || schema.getProperties() == null) {
                    return;
                }
                fields.forEach((field, values) -> {
                    @SuppressWarnings("unchecked")
                    Schema<Object> property = (Schema<Object>) schema.getProperties().get(field);
                    if (property != null && isText(property)) {
                        property.setEnum(new ArrayList<Object>(values));
                    }
                });
            });
        };
    }

    /** A text field, in an OpenAPI 3.0 ({@code type}) or 3.1 ({@code types}) schema. */
    private static boolean isText(Schema<?> property) {
        return "string".equals(property.getType())
                || (property.getTypes() != null && property.getTypes().contains("string"));
    }
}
