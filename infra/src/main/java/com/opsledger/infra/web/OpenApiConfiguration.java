package com.opsledger.infra.web;

import com.opsledger.infra.security.ClientAddress;
import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.common.BusinessDates;
import com.opsledger.kernel.common.EntityId;
import org.springdoc.core.utils.SpringDocUtils;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The API description, with the problem+json answers every endpoint can give. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    private static final String PROBLEM = "Problem";

    static {
        // the signed-in caller is resolved from the access token, the client's address from the connection
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class, ClientAddress.class);
        // a typed id is a string in the path
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(EntityId.class));
        scanner.findCandidateComponents("com.opsledger.kernel").forEach(id -> SpringDocUtils.getConfig()
                .replaceWithClass(ClassUtils.resolveClassName(id.getBeanClassName(), null), String.class));
    }

    @Bean
    OpenAPI opsLedgerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("OpsLedger API").version("v1")
                        .description("Commands (POST/PUT) and queries (GET) of the OpsLedger operations core."))
                // the installation serving the document, whatever its address, rather than the address of the
                // request springdoc would put here: the same document everywhere, and Swagger UI calls where it is
                .servers(new ArrayList<>(List.of(new Server().url("/")
                        .description("this installation (where the document is served from)"))))
                .components(new Components().addSchemas(PROBLEM, problem()));
    }

    /** RFC 9457 problem details, as {@link ProblemAdvice} answers them. */
    static Schema<?> problem() {
        Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema())
                .addProperty("reason", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("urn:opsledger:problem:insufficient-stock"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().example("reserve 12 kg but only 7.5 kg available"))
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(fieldError).description("400: the fields and why"))
                .addProperty("rule", new StringSchema().description("422: the business rule"))
                .addProperty("field", new StringSchema().description("409: the duplicate field"))
                .addProperty("existingId", new StringSchema().description("409: the record holding the value"));
    }

    @Bean
    OpenApiCustomizer problemAnswers() {
        Map<String, String> answers = Map.of(
                "400", "Malformed request or invalid field (named in errors[])",
                "404", "No such record",
                "409", "Duplicate value or concurrent modification",
                "422", "A business rule refuses the request in the record's current state",
                "500", "Unexpected failure (logged; no internals disclosed)");
        Map<String, String> bodyAnswers = Map.of(
                "413", "The request body is larger than 1 MB",
                "415", "The request body is not application/json");
        return openApi -> {
            // springdoc drops the components no operation refers to before the customizers add the answers that do
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problem());
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                answers.forEach((status, description) -> addAnswer(operation, status, description));
                if (operation.getRequestBody() != null) {
                    bodyAnswers.forEach((status, description) -> addAnswer(operation, status, description));
                }
            }));
        };
    }

    /** Every date and instant of a request or an answer says the range taken ({@link BusinessDates}). */
    @Bean
    OpenApiCustomizer dateBounds() {
        String range = "between " + BusinessDates.EARLIEST + " and " + BusinessDates.LATEST;
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            for (Schema<?> schema : openApi.getComponents().getSchemas().values()) {
                Map<String, Schema> properties = schema.getProperties();
                if (properties == null) {
                    continue;
                }
                properties.values().forEach(property -> {
                    if ("date".equals(property.getFormat()) || "date-time".equals(property.getFormat())) {
                        property.setDescription(property.getDescription() == null ? range
                                : property.getDescription() + " (" + range + ")");
                    }
                });
            }
        };
    }

    private static void addAnswer(Operation operation, String status, String description) {
        if (operation.getResponses() == null || operation.getResponses().containsKey(status)) {
            return;
        }
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }
}
