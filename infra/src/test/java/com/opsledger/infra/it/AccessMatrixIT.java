package com.opsledger.infra.it;

import com.opsledger.kernel.access.Permissions;
import com.opsledger.kernel.access.RequiresPermission;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint against every seeded role: a role without the endpoint's permission gets 403, a role with it gets
 * past authorization (to whatever the request itself deserves). The endpoints are read from the running
 * application, so one added later is covered, and one that names no permission fails the test.
 */
class AccessMatrixIT extends ApplicationIT {

    private static final List<String> ROLES = List.of("admin", "manager", "warehouse-staff", "customer-service",
            "delivery-driver", "customer-portal", "supplier-portal");
    private static final Set<String> NOT_IN_MATRIX = Set.of("POST /api/v1/auth/logout");
    private static final Map<String, Accounts.Account> USERS = new TreeMap<>();
    private static final Map<String, Set<String>> PERMISSIONS = new TreeMap<>();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    record Endpoint(String method, String pattern, String permission, String produces, List<String> params) {

        Endpoint(String method, String pattern, String permission, String produces) {
            this(method, pattern, permission, produces, List.of());
        }

        /** The pattern with fresh ids, and the request parameters the mapping requires (an instant for asOf). */
        String path() {
            String path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            List<String> query = params.stream().map(name -> name + "=" + (name.equals("asOf")
                    ? "2026-01-01T00:00:00Z" : "x")).toList();
            return query.isEmpty() ? path : path + "?" + String.join("&", query);
        }

        @Override
        public String toString() {
            return method + " " + pattern + (params.isEmpty() ? "" : "?" + String.join("&", params));
        }
    }

    @BeforeAll
    static void users() {
        USERS.clear();
    }

    private Accounts.Account user(String role) {
        return USERS.computeIfAbsent(role, r -> Accounts.create(api(), r,
                r.equals("customer-portal") ? UUID.randomUUID().toString() : null,
                r.equals("supplier-portal") ? UUID.randomUUID().toString() : null));
    }

    private Set<String> permissions(String role) {
        return PERMISSIONS.computeIfAbsent(role, r -> {
            Set<String> granted = new HashSet<>();
            user(r).api(port).get("/api/v1/auth/me").body().path("permissions")
                    .forEach(p -> granted.add(p.asText()));
            return granted;
        });
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("com.opsledger")) {
                continue;
            }
            RequiresPermission permission = handler.getMethodAnnotation(RequiresPermission.class);
            String produces = entry.getKey().getProducesCondition().getProducibleMediaTypes().stream().findFirst()
                    .map(Object::toString).orElse(null);
            List<String> params = entry.getKey().getParamsCondition().getExpressions().stream()
                    .filter(expression -> !expression.isNegated()).map(expression -> expression.getName()).toList();
            for (String pattern : entry.getKey().getPatternValues()) {
                for (var method : entry.getKey().getMethodsCondition().getMethods()) {
                    endpoints.add(new Endpoint(method.name(), pattern, permission == null ? null : permission.value(),
                            produces, params));
                }
            }
        }
        return endpoints;
    }

    @Test
    void canNameAPermissionOnEveryEndpoint() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(30);
        assertThat(endpoints).filteredOn(endpoint -> endpoint.permission() == null).as("endpoints open to nobody")
                .isEmpty();
    }

    @Test
    void canLetEveryRoleDoItsJobAndNothingMore() {
        Map<String, String> wrong = new LinkedHashMap<>();
        int checked = 0;
        for (Endpoint endpoint : endpoints()) {
            if (NOT_IN_MATRIX.contains(endpoint.toString())) {
                continue;
            }
            for (String role : ROLES) {
                boolean allowed = endpoint.permission().equals("public")
                        || Permissions.grants(permissions(role), endpoint.permission());
                int status = call(role, endpoint);
                checked++;
                if (allowed ? status == 403 || status == 401 : status != 403) {
                    wrong.put(role + " " + endpoint, "got " + status + ", expected "
                            + (allowed ? "to pass authorization" : "403"));
                }
            }
        }
        assertThat(wrong).as("role x endpoint cells that disagree with the roles' permissions").isEmpty();
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void canHoldTheSeededRolesToWhatTheirJobsNeed() {
        assertThat(allowed("customer-portal", "POST", "/api/v1/stock-items/{id}/receipts")).isFalse();
        assertThat(allowed("customer-portal", "GET", "/api/v1/audit/events")).isFalse();
        assertThat(allowed("supplier-portal", "GET", "/api/v1/stock-items")).isFalse();
        assertThat(allowed("customer-service", "POST", "/api/v1/products")).isFalse();
        assertThat(allowed("customer-service", "GET", "/api/v1/products")).isTrue();
        assertThat(allowed("warehouse-staff", "POST", "/api/v1/stock-items/{id}/receipts")).isTrue();
        assertThat(allowed("warehouse-staff", "GET", "/api/v1/admin/users")).isFalse();
        assertThat(allowed("manager", "GET", "/api/v1/admin/users")).isFalse();
        assertThat(allowed("manager", "POST", "/api/v1/admin/projections/{name}/replay")).isFalse();
        assertThat(allowed("delivery-driver", "GET", "/api/v1/products")).isFalse();
        assertThat(allowed("admin", "POST", "/api/v1/admin/users")).isTrue();
        for (String role : ROLES) {
            assertThat(allowed(role, "GET", "/api/v1/auth/me")).as(role + " reads their own account").isTrue();
        }
    }

    private boolean allowed(String role, String method, String pattern) {
        int status = call(role, new Endpoint(method, pattern, null, null));
        assertThat(status).as(role + " " + method + " " + pattern).isNotEqualTo(401);
        return status != 403;
    }

    private int call(String role, Endpoint endpoint) {
        Api client = user(role).api(port);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + endpoint.path()))
                .header("Authorization", "Bearer " + client.token())
                .header("Content-Type", "application/json")
                .method(endpoint.method(), endpoint.method().equals("GET") || endpoint.method().equals("DELETE")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
        if (endpoint.produces() != null) {
            request.header("Accept", endpoint.produces());
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(endpoint + " as " + role, e);
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
}
