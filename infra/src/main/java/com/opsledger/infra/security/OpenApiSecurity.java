package com.opsledger.infra.security;

import com.opsledger.kernel.access.RequiresPermission;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.List;

/**
 * How the API document says who may call what: the access token is a bearer JWT (Swagger UI's Authorize button takes
 * the {@code accessToken} of {@code POST /api/v1/auth/login}); every operation needs it, and says so with its 401 and
 * 403 answers and the permission it needs, except the public ones (sign-in and refresh), which say nothing of it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiSecurity {

    static final String BEARER = "bearerAuth";

    @Bean
    OpenApiCustomizer bearerScheme() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer").bearerFormat("JWT")
                    .description("The accessToken answered by POST /api/v1/auth/login (or /refresh)"));
            // what the security filter chain lets through without a token
            for (String path : SecurityConfiguration.SIGN_IN) {
                PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().get(path);
                if (item != null && item.getPost() != null) {
                    item.getPost().setSecurity(null);
                    item.getPost().setDescription("Open to anyone: sent without an access token.");
                    item.getPost().getResponses().remove("403");
                    if (item.getPost().getResponses().get("401") != null) {
                        item.getPost().getResponses().get("401").setDescription("Not signed in: the credentials or "
                                + "the refresh token are not right");
                    }
                }
            }
        };
    }

    @Bean
    OperationCustomizer accessTokenRequired() {
        return (operation, handler) -> {
            RequiresPermission required = handler.getMethodAnnotation(RequiresPermission.class);
            operation.setSecurity(new ArrayList<>(List.of(new SecurityRequirement().addList(BEARER))));
            if (required != null && operation.getDescription() == null) {
                operation.setDescription(PermissionInterceptor.PUBLIC.equals(required.value())
                        ? "Open to anyone (signed in, unless it is sign-in or refresh)."
                        : "Needs the permission " + required.value() + ".");
            }
            if (operation.getResponses() != null) {
                answer(operation.getResponses(), "401", "No valid access token (Authorization: Bearer ...)");
                answer(operation.getResponses(), "403", "The caller lacks the permission this needs");
            }
            return operation;
        };
    }

    private static void answer(io.swagger.v3.oas.models.responses.ApiResponses responses, String status,
                               String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType("application/problem+json", new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/Problem")))));
        }
    }
}
