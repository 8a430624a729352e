package com.opsledger.infra.it;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContextManager;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the OpenAPI document, sent bad path ids, query parameters and bodies generated from its
 * schema: each must answer within {@value #ANSWER_WITHIN_SECONDS} s, never with a 5xx, and refuse as problem+json.
 * The seed is fixed so the build sends the same requests every time; a failure lists every offending request with
 * the exception the application logged for it.
 */
class GeneratedInputIT extends ApplicationIT {

    private static final String SEED = "20261207";
    private static final int TRIES = 2000;
    private static final int ANSWER_WITHIN_SECONDS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Queue<String> LOGGED_FAILURES = new ConcurrentLinkedQueue<>();
    private static final Map<String, List<String>> VIOLATIONS = new TreeMap<>();
    private static final Map<String, Integer> SENT = new TreeMap<>();

    private static int serverPort;
    private static List<OpenApiOperations.Operation> operations;
    private static BadInputs inputs;
    private static Map<BadInputs.Caller, String> tokens;
    private static Accounts.Account self;

    /** The application context all the other ITs share (same configuration, so Spring's context cache hands it). */
    @BeforeContainer
    static void startApplication() throws Exception {
        TestContextManager manager = new TestContextManager(GeneratedInputIT.class);
        ApplicationContext context = manager.getTestContext().getApplicationContext();
        serverPort = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        Api admin = new Api(serverPort);
        JsonNode document = openApiDocument(admin.token());
        // in a fixed order, so that the fixed seed sends the same requests to the same operations every time
        operations = OpenApiOperations.read(document).stream()
                .sorted(java.util.Comparator.comparing(OpenApiOperations.Operation::key)).toList();
        assertThat(operations).as("operations of the OpenAPI document").hasSizeGreaterThan(50);
        inputs = new BadInputs(document, records(admin));
        tokens = new java.util.EnumMap<>(BadInputs.Caller.class);
        tokens.put(BadInputs.Caller.ADMIN, admin.token());
        tokens.put(BadInputs.Caller.SELF, signIn(self));
        watchLoggedFailures();
    }

    /** The document is built on its first request, which takes long on a busy machine: it has time of its own. */
    private static JsonNode openApiDocument(String token) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverPort
                        + "/v3/api-docs")).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(180)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** One record of each type; the other types' ids are the wrong ids sent in a path. */
    private static Map<String, String> records(Api admin) {
        Map<String, String> ids = new LinkedHashMap<>();
        StockFlows.StockSetup stock = StockFlows.stockItem(admin, "Generated", "pcs", 0);
        ids.put("product", stock.productId());
        ids.put("warehouse", stock.warehouseId());
        ids.put("stock-item", stock.stockItemId());
        OrderFlows.receive(admin, stock.stockItemId(), 3);
        ids.put("reservation", admin.post("/api/v1/stock-items/" + stock.stockItemId() + "/reservations",
                Map.of("quantity", 1, "reference", "generated")).id());
        String customerId = OrderFlows.customer(admin, "Generated Input",
                unique("gen").toLowerCase() + "@example.com", "standard");
        ids.put("customer", customerId);
        String orderId = OrderFlows.order(admin, customerId, stock.warehouseId(), stock.productId(), 5);
        ids.put("order", orderId);
        JsonNode line = Eventually.get(admin, "/api/v1/orders/" + orderId,
                order -> order.path("lines").get(0).path("backorderId").isTextual())
                .path("lines").get(0);
        ids.put("order-line", line.path("id").asText());
        ids.put("backorder", line.path("backorderId").asText());
        String supplierId = ProcurementFlows.activeSupplier(admin, unique("GENSUP"));
        ids.put("supplier", supplierId);
        ids.put("purchase-order", ProcurementFlows.order(admin, supplierId, stock.warehouseId(),
                List.of(ProcurementFlows.line(stock.productId(), 3, 2.5))));
        // the admin's own account is never the target: ending its sessions or disabling it would stop the test
        ids.put("user", Accounts.create(admin, "warehouse-staff").id());
        String role = unique("genrole").toLowerCase();
        ProcurementFlows.ok(admin.post("/api/v1/admin/roles", Map.of("name", role, "description", "generated",
                "permissions", List.of("products:read"))));
        ids.put("role", role);
        // sign-in attempts with bad bodies lock this user, not anyone the other tests use
        ids.put("login-name", Accounts.create(admin, "warehouse-staff").username());
        // operations on the caller's own account (password, TOTP, logout) act on this user, not on the admin
        self = Accounts.create(admin, "warehouse-staff");
        return ids;
    }

    /** The account's access token, or null when it cannot sign in (a generated password change or lock). */
    private static String signIn(Accounts.Account account) {
        Api.Response response = Api.anonymous(serverPort).login(account.username(), account.password(), null);
        return response.status() == 200 ? response.body().path("accessToken").asText() : null;
    }

    /** The exceptions the application logs as errors while a request runs: what a 5xx was made of. */
    private static void watchLoggedFailures() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender("generated-input") != null) {
            return;
        }
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
                    LOGGED_FAILURES.add(describe(event.getThrowableProxy(), event.getFormattedMessage()));
                }
            }
        };
        appender.setName("generated-input");
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
    }

    private static String describe(IThrowableProxy thrown, String message) {
        List<String> chain = new ArrayList<>();
        for (IThrowableProxy t = thrown; t != null && chain.size() < 6; t = t.getCause()) {
            String text = t.getMessage() == null ? "" : t.getMessage();
            chain.add(t.getClassName() + ": " + (text.length() > 160 ? text.substring(0, 160) + "…" : text));
        }
        return chain.isEmpty() ? message : String.join(" <- ", chain);
    }

    @Provide
    Arbitrary<BadInputs.BadRequest> badRequests() {
        return Arbitraries.of(operations).flatMap(inputs::of);
    }

    @Property(tries = TRIES, seed = SEED, shrinking = ShrinkingMode.OFF)
    void everyOperationRefusesBadInputWithoutAServerError(@ForAll("badRequests") BadInputs.BadRequest request) {
        SENT.merge(request.operation().key(), 1, Integer::sum);
        LOGGED_FAILURES.clear();
        String problem;
        try {
            problem = answer(request);
        } catch (RuntimeException e) {
            problem = "the request could not be sent: " + e;
        }
        if (problem != null) {
            String logged = String.join(" | ", LOGGED_FAILURES);
            VIOLATIONS.computeIfAbsent(request.operation().key(), key -> new ArrayList<>())
                    .add(problem + "\n      request: " + request + (logged.isEmpty() ? "" : "\n      logged: "
                            + logged));
        }
    }

    /** What is wrong with the answer to this request, or null when it is a proper answer. */
    private static String answer(BadInputs.BadRequest request) {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverPort
                + request.pathAndQuery())).timeout(Duration.ofSeconds(ANSWER_WITHIN_SECONDS));
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body());
        http.method(request.operation().method(), body);
        if (request.contentType() != null && !request.contentType().isEmpty()) {
            http.header("Content-Type", request.contentType());
        }
        String token = request.caller() == BadInputs.Caller.NOBODY ? null : tokens.get(request.caller());
        if (token != null) {
            http.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(http.build(), OpenStreams.bodyUnlessStream());
            if (response.statusCode() == 401 && request.caller() == BadInputs.Caller.SELF) {
                // a generated logout or password change ended the session of the user of its own: sign in again
                tokens.put(BadInputs.Caller.SELF, signIn(self));
            } else if (response.statusCode() == 401 && request.caller() == BadInputs.Caller.ADMIN) {
                tokens.put(BadInputs.Caller.ADMIN, signIn(new Accounts.Account(null, Api.ADMIN, Api.adminPassword())));
            }
            return verdict(response);
        } catch (HttpTimeoutException e) {
            return "no answer within " + ANSWER_WITHIN_SECONDS + " s";
        } catch (IOException e) {
            return "no answer: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String verdict(HttpResponse<String> response) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String excerpt = response.body() == null ? "" : response.body().length() > 300
                ? response.body().substring(0, 300) + "…" : response.body();
        if (status >= 500) {
            return status + " " + excerpt;
        }
        if (status >= 400 && !type.startsWith("application/problem+json")) {
            return status + " as " + (type.isEmpty() ? "no content type" : type) + ", not problem+json: " + excerpt;
        }
        if (status >= 400) {
            try {
                JsonNode problem = JSON.readTree(response.body());
                if (problem.path("status").asInt() != status || problem.path("detail").asText().isBlank()) {
                    return status + " with a problem that does not say its status and why: " + excerpt;
                }
            } catch (IOException e) {
                return status + " with a problem that is not JSON: " + excerpt;
            }
        }
        return null;
    }

    @AfterProperty
    void everyOperationWasSentAndAnsweredProperly() throws IOException {
        List<String> unsent = operations.stream().map(OpenApiOperations.Operation::key)
                .filter(key -> !SENT.containsKey(key)).toList();
        StringBuilder report = new StringBuilder();
        VIOLATIONS.forEach((operation, problems) -> {
            report.append("\n").append(operation).append(" (").append(problems.size()).append(" of ")
                    .append(SENT.get(operation)).append(" requests)");
            problems.stream().limit(5).forEach(p -> report.append("\n  - ").append(p));
        });
        Path file = Path.of("target", "generated-input-report.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "seed " + SEED + ", " + TRIES + " requests, " + operations.size() + " operations"
                + "\nsent per operation: " + SENT + "\nunsent: " + unsent + "\n" + report);
        int sent = SENT.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(sent).as("requests sent before the property stopped (seed %s); see its failure above", SEED)
                .isEqualTo(TRIES);
        assertThat(unsent).as("operations the generated requests never reached (seed %s)", SEED).isEmpty();
        assertThat(VIOLATIONS).as("answers that are 5xx, not problem+json or missing (seed %s, %d requests):%s",
                SEED, TRIES, report).isEmpty();
    }
}
