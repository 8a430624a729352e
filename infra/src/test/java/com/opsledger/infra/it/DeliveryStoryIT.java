package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.opsledger.infra.it.OrderFlows.number;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The last mile over HTTP: reserved orders get their deliveries, dispatch takes the goods out of stock, one is
 * delivered with the customer's code and a signature, one fails and its goods come back; orders and stock agree, and a
 * customer sees only their own deliveries.
 */
class DeliveryStoryIT extends ApplicationIT {

    /** The smallest valid PNG header a signature file can start with (the type is told by content). */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final Pattern CODE = Pattern.compile("code: (\\d{6})");

    @Test
    void canDeliverOneOrderAndTakeBackAFailedOne() throws Exception {
        Api api = api();
        StockFlows.StockSetup stock = StockFlows.stockItem(api, "Delivered", "pcs", 0);
        OrderFlows.receive(api, stock.stockItemId(), 20);
        String email = unique("anna").toLowerCase() + "@example.com";
        String anna = OrderFlows.customer(api, "Anna Delivered", email, "gold");
        String ben = OrderFlows.customer(api, "Ben Returned", unique("ben").toLowerCase() + "@example.com", "gold");
        String annasOrder = OrderFlows.order(api, anna, stock.warehouseId(), stock.productId(), 5);
        String bensOrder = OrderFlows.order(api, ben, stock.warehouseId(), stock.productId(), 3);

        JsonNode annasDelivery = onlyDelivery(api, annasOrder);
        JsonNode bensDelivery = onlyDelivery(api, bensOrder);
        assertThat(annasDelivery.path("number").asText()).matches("DL-\\d{6}");
        assertThat(annasDelivery.path("status").asText()).isEqualTo("pending");
        assertThat(annasDelivery.path("customerId").asText()).isEqualTo(anna);
        assertThat(number(annasDelivery.path("lines").get(0), "quantity")).isEqualByComparingTo("5");
        assertThat(annasDelivery.path("address").path("city").asText()).isEqualTo("Berlin");
        String a = annasDelivery.path("id").asText();
        String b = bensDelivery.path("id").asText();
        assertThat(api.post("/api/v1/deliveries", Map.of("orderId", annasOrder)).status())
                .as("the order's goods are all on a delivery already").isEqualTo(422);

        assertThat(api.post("/api/v1/deliveries/" + a + "/dispatch", Map.of()).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/deliveries/" + b + "/dispatch", Map.of()).status()).isEqualTo(200);
        assertStock(api, stock.stockItemId(), "12", "0");
        Eventually.get(api, "/api/v1/orders/" + annasOrder, o -> o.path("status").asText().equals("out-for-delivery"));
        assertThat(api.post("/api/v1/deliveries/" + a + "/cancellation", Map.of()).status())
                .as("gone is gone").isEqualTo(422);

        String code = awaitCode(email);
        String wrong = code.equals("000000") ? "111111" : "000000";
        Api.Response refused = api.postMultipart("/api/v1/deliveries/" + a + "/proof",
                Map.of("code", wrong, "receivedBy", "Anna"));
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
        assertThat(refused.body().path("rule").asText()).isEqualTo("proof-code-wrong");
        assertThat(refused.body().path("errors").get(0).path("field").asText()).isEqualTo("code");
        Map<String, Object> proof = new LinkedHashMap<>();
        proof.put("code", code);
        proof.put("receivedBy", "Anna Delivered");
        proof.put("signature", PNG);
        Api.Response delivered = api.postMultipart("/api/v1/deliveries/" + a + "/proof", proof);
        assertThat(delivered.status()).as(delivered.body().toString()).isEqualTo(200);

        JsonNode done = Eventually.get(api, "/api/v1/deliveries/" + a, d -> d.path("status").asText()
                .equals("delivered"));
        assertThat(done.path("receivedBy").asText()).isEqualTo("Anna Delivered");
        assertThat(done.path("deliveredAt").isNull()).isFalse();
        assertThat(done.path("proof").path("codeVerified").asBoolean()).isTrue();
        assertThat(done.path("proof").path("failedAttempts").asInt()).isEqualTo(1);
        assertThat(done.path("proof").path("signature").asText()).as("its SHA-256 in the content store").hasSize(64);
        HttpResponse<byte[]> signature = file(api, "/api/v1/deliveries/" + a + "/proof/signature");
        assertThat(signature.statusCode()).isEqualTo(200);
        assertThat(signature.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(signature.body()).as("the file is kept, not only its hash").isEqualTo(PNG);
        assertThat(file(api, "/api/v1/deliveries/" + a + "/proof/photo").statusCode()).as("none taken")
                .isEqualTo(404);
        JsonNode annasOrderView = Eventually.get(api, "/api/v1/orders/" + annasOrder,
                o -> o.path("status").asText().equals("delivered"));
        assertThat(number(annasOrderView.path("lines").get(0), "delivered")).isEqualByComparingTo("5");

        assertThat(api.post("/api/v1/deliveries/" + b + "/failure", Map.of("reason", "rain")).status())
                .isEqualTo(400);
        Api.Response failed = api.post("/api/v1/deliveries/" + b + "/failure",
                Map.of("reason", "customer-absent", "note", "nobody home"));
        assertThat(failed.status()).as(failed.body().toString()).isEqualTo(200);
        assertThat(api.post("/api/v1/deliveries/" + b + "/return", Map.of()).status()).isEqualTo(200);
        assertStock(api, stock.stockItemId(), "15", "0");
        JsonNode bensOrderView = Eventually.get(api, "/api/v1/orders/" + bensOrder,
                o -> o.path("lines").get(0).path("status").asText().equals("pending"));
        assertThat(number(bensOrderView.path("lines").get(0), "reserved")).isZero();
        assertThat(number(bensOrderView.path("lines").get(0), "pending")).isEqualByComparingTo("3");
        JsonNode returned = api.get("/api/v1/deliveries/" + b).body();
        assertThat(returned.path("status").asText()).isEqualTo("returned");
        assertThat(returned.path("failureReason").asText()).isEqualTo("customer-absent");

        Api annasPortal = Accounts.create(api, "customer-portal", anna, null).api(port);
        JsonNode own = annasPortal.get("/api/v1/deliveries").body();
        assertThat(own.path("content")).extracting(d -> d.path("id").asText()).containsExactly(a);
        assertThat(own.path("content").get(0).path("driverId").isNull()).isTrue();
        assertThat(annasPortal.get("/api/v1/deliveries/" + b).status()).as("another customer's").isEqualTo(404);
        assertThat(annasPortal.get("/api/v1/deliveries?orderId=" + bensOrder).body().path("content")).isEmpty();
        assertThat(annasPortal.postMultipart("/api/v1/deliveries/" + a + "/proof", Map.of("receivedBy", "x"))
                .status()).isEqualTo(403);
        assertThat(file(annasPortal, "/api/v1/deliveries/" + a + "/proof/signature").body()).isEqualTo(PNG);
        assertThat(file(annasPortal, "/api/v1/deliveries/" + b + "/proof/signature").statusCode())
                .as("another customer's").isEqualTo(404);
    }

    @Test
    void cannotDispatchABatchInspectedOnDispatchBeforeItsPreDispatchCheckPassed() {
        Api api = api();
        StockFlows.StockSetup stock = StockFlows.stockItem(api, "Inspected", "pcs", 0);
        assertThat(api.post("/api/v1/stock-items/" + stock.stockItemId() + "/receipts", Map.of("quantity", 10,
                "batch", "LOT-A")).status()).isEqualTo(200);
        Api.Response inspected = api.put("/api/v1/products/" + stock.productId(), new LinkedHashMap<>(Map.of(
                "name", "Inspected " + stock.sku(), "reorderPoint", 0, "leadTimeDays", 5,
                "inspection", "on-receipt-and-dispatch")));
        assertThat(inspected.status()).as(inspected.body().toString()).isEqualTo(200);
        String customer = OrderFlows.customer(api, "Ida Inspected", unique("ida").toLowerCase() + "@example.com",
                "gold");
        String order = OrderFlows.order(api, customer, stock.warehouseId(), stock.productId(), 4);
        String delivery = onlyDelivery(api, order).path("id").asText();

        Api.Response held = api.post("/api/v1/deliveries/" + delivery + "/dispatch", Map.of());
        assertThat(held.status()).as(held.body().toString()).isEqualTo(422);
        assertThat(held.body().path("rule").asText()).isEqualTo("pre-dispatch-check-missing");
        assertThat(held.body().toString()).contains("batch LOT-A");

        String check = api.post("/api/v1/quality-checks", Map.of("checkType", "pre-dispatch", "productId",
                stock.productId(), "warehouseId", stock.warehouseId(), "batch", "LOT-A", "quantity", 4)).id();
        api.post("/api/v1/quality-checks/" + check + "/results", Map.of("scores", Map.of("color", 8)));
        assertThat(api.post("/api/v1/quality-checks/" + check + "/decision", Map.of("decision", "pass")).status())
                .isEqualTo(200);
        Api.Response dispatched = api.post("/api/v1/deliveries/" + delivery + "/dispatch", Map.of());
        assertThat(dispatched.status()).as(dispatched.body().toString()).isEqualTo(200);
    }

    private HttpResponse<byte[]> file(Api as, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + as.token()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode onlyDelivery(Api api, String orderId) {
        JsonNode list = Eventually.get(api, "/api/v1/deliveries?orderId=" + orderId,
                l -> l.path("content").size() == 1);
        return list.path("content").get(0);
    }

    private static void assertStock(Api api, String stockItemId, String onHand, String reserved) {
        Eventually.get(api, "/api/v1/stock-items/" + stockItemId,
                s -> number(s, "onHand").compareTo(new java.math.BigDecimal(onHand)) == 0
                        && number(s, "reserved").compareTo(new java.math.BigDecimal(reserved)) == 0);
    }

    static String awaitCode(String recipient) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> messages = TestMailServer.messagesTo(recipient);
            for (MimeMessage message : messages) {
                Matcher matcher = CODE.matcher(String.valueOf(message.getContent()));
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no delivery code reached " + recipient);
    }
}
