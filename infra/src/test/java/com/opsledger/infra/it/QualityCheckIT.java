package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.opsledger.infra.it.ProcurementFlows.line;
import static com.opsledger.infra.it.ProcurementFlows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Quality checks over HTTP: staff open and score them, managers decide, suppliers see their own, reports count. */
class QualityCheckIT extends ApplicationIT {

    private Api.Response open(Api api, StockFlows.StockSetup s, String purchaseOrderId, String batch) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("checkType", "incoming");
        body.put("productId", s.productId());
        body.put("warehouseId", s.warehouseId());
        body.put("batch", batch);
        body.put("quantity", 40);
        if (purchaseOrderId != null) {
            body.put("purchaseOrderId", purchaseOrderId);
        }
        return api.post("/api/v1/quality-checks", body);
    }

    @Test
    void canOpenScoreAndDecideChecksThatSuppliersAndReportsSee() {
        Api admin = api();
        StockFlows.StockSetup s = StockFlows.stockItem(admin, "Strawberries", "kg", 0);
        String supplierId = ProcurementFlows.activeSupplier(admin, unique("SUP"));
        String orderId = ProcurementFlows.order(admin, supplierId, s.warehouseId(),
                List.of(line(s.productId(), 100, 3.5)));
        Api staff = Accounts.create(admin, "warehouse-staff").api(port);
        Api manager = Accounts.create(admin, "manager").api(port);

        Api.Response opened = open(staff, s, orderId, "B-1");
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        String path = "/api/v1/quality-checks/" + opened.id();
        assertThat(opened.header("Location")).isEqualTo(path);
        JsonNode check = staff.get(path).body();
        assertThat(check.path("number").asText()).matches("QC-\\d{6}");
        assertThat(check.path("status").asText()).isEqualTo("open");
        assertThat(check.path("supplierId").asText()).isEqualTo(supplierId);
        assertThat(check.path("quantity").decimalValue()).isEqualByComparingTo("40");
        assertThat(check.path("unit").asText()).isEqualTo("kg");

        ok(staff.post(path + "/results", Map.of("scores", Map.of("appearance", 9, "freshness", 8, "aroma", 8),
                "temperatureC", 4.5)));
        check = staff.get(path).body();
        assertThat(check.path("overallScore").decimalValue()).isEqualByComparingTo("8.33");
        assertThat(check.path("grade").asText()).isEqualTo("very-good");
        assertThat(check.path("scores").path("freshness").asInt()).isEqualTo(8);
        assertThat(check.path("scores").has("color")).isFalse();
        assertThat(check.path("inspectorId").asText()).isNotBlank();

        Api.Response outOfRange = staff.post(path + "/results", Map.of("scores", Map.of("color", 11)));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.body().toString()).contains("color");
        Api.Response noReason = manager.post(path + "/decision", Map.of("decision", "reject",
                "disposition", "write-off"));
        assertThat(noReason.status()).as(noReason.body().toString()).isEqualTo(400);
        assertThat(noReason.body().toString()).contains("reason");
        Api.Response noDisposition = manager.post(path + "/decision", Map.of("decision", "reject", "reason", "mould"));
        assertThat(noDisposition.status()).isEqualTo(400);
        assertThat(noDisposition.body().toString()).contains("disposition");

        ok(manager.post(path + "/decision", Map.of("decision", "pass")));
        check = manager.get(path).body();
        assertThat(check.path("status").asText()).isEqualTo("passed");
        assertThat(check.path("decision").asText()).isEqualTo("pass");
        assertThat(check.path("disposition").asText()).isEqualTo("release");
        assertThat(check.path("decidedAt").asText()).isNotBlank();
        Api.Response again = manager.post(path + "/decision", Map.of("decision", "reject", "reason", "late",
                "disposition", "write-off"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body().path("rule").asText()).isEqualTo("quality-check-closed");

        String rejectedId = open(staff, s, orderId, "B-2").id();
        ok(staff.post("/api/v1/quality-checks/" + rejectedId + "/results", Map.of("scores", Map.of("freshness", 3))));
        ok(manager.post("/api/v1/quality-checks/" + rejectedId + "/decision", Map.of("decision", "reject",
                "reason", "soft and mouldy", "correctiveAction", "colder transport", "disposition",
                "return-to-supplier")));
        JsonNode rejected = manager.get("/api/v1/quality-checks/" + rejectedId).body();
        assertThat(rejected.path("status").asText()).isEqualTo("rejected");
        assertThat(rejected.path("reason").asText()).isEqualTo("soft and mouldy");
        assertThat(rejected.path("disposition").asText()).isEqualTo("return-to-supplier");
        assertThat(rejected.path("grade").asText()).isEqualTo("poor");

        JsonNode listed = manager.get("/api/v1/quality-checks?supplierId=" + supplierId + "&status=rejected").body();
        assertThat(listed.path("content")).hasSize(1);
        assertThat(listed.path("content").get(0).path("id").asText()).isEqualTo(rejectedId);
        assertThat(manager.get("/api/v1/quality-checks?status=maybe").status()).isEqualTo(400);

        Api ownSupplier = Accounts.create(admin, "supplier-portal", null, supplierId).api(port);
        Api otherSupplier = Accounts.create(admin, "supplier-portal", null,
                java.util.UUID.randomUUID().toString()).api(port);
        assertThat(ownSupplier.get(path).status()).isEqualTo(200);
        assertThat(ownSupplier.get("/api/v1/quality-checks").body().path("content")).hasSize(2);
        assertThat(otherSupplier.get(path).status()).isEqualTo(404);
        assertThat(otherSupplier.get("/api/v1/quality-checks").body().path("content")).isEmpty();
        assertThat(ownSupplier.post(path + "/results", Map.of("scores", Map.of("color", 5))).status())
                .isEqualTo(403);
        assertThat(staff.post(path + "/decision", Map.of("decision", "pass")).status())
                .as("staff run checks; their role holds quality-checks:*").isNotEqualTo(403);

        JsonNode report = Eventually.get(manager, "/api/v1/reports/quality?groupBy=supplier&interval=day",
                body -> group(body, supplierId) != null && group(body, supplierId).path("figures")
                        .path("decided").asLong() == 2);
        JsonNode figures = group(report, supplierId).path("figures");
        assertThat(figures.path("checks").asLong()).isEqualTo(2);
        assertThat(figures.path("passed").asLong()).isEqualTo(1);
        assertThat(figures.path("passRate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(figures.path("meanScores").path("freshness").decimalValue()).isEqualByComparingTo("5.5");
        assertThat(figures.path("meanScores").path("appearance").decimalValue()).isEqualByComparingTo("9");
        assertThat(figures.path("meanScores").has("color")).isFalse();
        assertThat(group(report, supplierId).path("series")).hasSize(1);
        assertThat(manager.get("/api/v1/reports/quality").status()).as("groupBy is required").isEqualTo(400);

        JsonNode performance = Eventually.get(manager, "/api/v1/suppliers/" + supplierId + "/performance",
                body -> body.path("qualityChecksDecided").asLong() == 2);
        assertThat(performance.path("qualityPassRate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(performance.path("qualityScore").decimalValue()).as("mean of 8.33 and 3").isEqualByComparingTo("5.67");
        assertThat(manager.get("/api/v1/reports/quality?groupBy=supplier&from=" + Instant.now().plusSeconds(3600))
                .body().path("total").path("checks").asLong()).isZero();
    }

    @Test
    void canShowACheckAsItWasAndRefuseWhatItCannotBe() {
        Api admin = api();
        StockFlows.StockSetup s = StockFlows.stockItem(admin, "Cherries", "kg", 0);
        Api.Response opened = open(admin, s, null, null);
        String path = "/api/v1/quality-checks/" + opened.id();
        Instant beforeResults = Instant.now();
        ok(admin.post(path + "/results", Map.of("scores", Map.of("texture", 6))));
        assertThat(admin.get(path + "?asOf=" + beforeResults).body().path("state").path("grade").isNull()).isTrue();
        assertThat(admin.get(path + "?asOf=" + Instant.now()).body().path("state").path("grade").asText())
                .isEqualTo("fair");
        Api.Response noSupplier = admin.post(path + "/decision", Map.of("decision", "reject", "reason", "bruised",
                "disposition", "return-to-supplier"));
        assertThat(noSupplier.status()).isEqualTo(422);
        assertThat(noSupplier.body().path("rule").asText()).isEqualTo("quality-return-without-supplier");
        ok(admin.post(path + "/cancellation", Map.of("reason", "opened twice")));
        assertThat(admin.get(path).body().path("status").asText()).isEqualTo("cancelled");

        Map<String, Object> unknownType = new LinkedHashMap<>(Map.of("checkType", "smell", "productId",
                s.productId(), "warehouseId", s.warehouseId()));
        assertThat(admin.post("/api/v1/quality-checks", unknownType).status()).isEqualTo(400);
        Api.Response unknownProduct = admin.post("/api/v1/quality-checks", Map.of("checkType", "random",
                "productId", java.util.UUID.randomUUID().toString(), "warehouseId", s.warehouseId()));
        assertThat(unknownProduct.status()).as(unknownProduct.body().toString()).isEqualTo(404);
        assertThat(admin.get("/api/v1/quality-checks/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void canKeepPhotosByTheirContentAndRefuseWhatIsNoImage() throws Exception {
        Api admin = api();
        StockFlows.StockSetup s = StockFlows.stockItem(admin, "Plums", "kg", 0);
        String path = "/api/v1/quality-checks/" + open(admin, s, null, "P-1").id();
        byte[] png = new byte[2048];
        new java.util.Random(7).nextBytes(png);
        System.arraycopy(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);

        HttpResponse<String> added = upload(admin, path + "/photos", "crate.jpg", png);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String photoId = JSON.readTree(added.body()).path("id").asText();
        assertThat(added.headers().firstValue("Location")).contains(path + "/photos/" + photoId);
        HttpResponse<String> again = upload(admin, path + "/photos", "same.png", png);
        assertThat(JSON.readTree(again.body()).path("id").asText()).as("the same picture").isEqualTo(photoId);

        JsonNode photos = admin.get(path).body().path("photos");
        assertThat(photos).hasSize(1);
        assertThat(photos.get(0).path("contentType").asText()).as("by content, not name").isEqualTo("image/png");
        assertThat(photos.get(0).path("size").asLong()).isEqualTo(2048);
        assertThat(photos.get(0).path("hash").asText()).hasSize(64);
        HttpResponse<byte[]> read = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path
                        + "/photos/" + photoId)).header("Authorization", "Bearer " + admin.token()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(read.body()).isEqualTo(png);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and convert_from(payload, 'UTF8') like '%PNG%'", Integer.class, path.substring(path.lastIndexOf('/') + 1)))
                .as("events name the file, never carry it").isZero();

        HttpResponse<String> text = upload(admin, path + "/photos", "photo.png", "not an image".getBytes());
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.body()).contains("file");
        HttpResponse<String> tooLarge = upload(admin, path + "/photos", "big.png", new byte[6 * 1024 * 1024]);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(admin.post(path + "/photos", Map.of("file", "x")).status()).as("not a form").isEqualTo(400);
        assertThat(admin.get(path + "/photos/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/stock-items/" + s.stockItemId() + "/receipts", Map.of("quantity", 1)).status())
                .as("JSON elsewhere is unchanged").isEqualTo(200);
    }

    private HttpResponse<String> upload(Api api, String path, String name, byte[] content) throws Exception {
        String boundary = "----quality" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes());
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes());
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + api.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode group(JsonNode report, String key) {
        for (JsonNode group : report.path("groups")) {
            if (group.path("key").asText().equals(key)) {
                return group;
            }
        }
        return null;
    }
}
