package com.opsledger.infra.it;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Credentials never show: not in the event store in clear, not in any audit view, export or diff. */
class SecretsIT extends ApplicationIT {

    @Test
    void canKeepTheSecondFactorPasswordAndTokensOutOfTheTrail() throws Exception {
        Instant before = Instant.now();
        Accounts.Account user = Accounts.create(api(), "manager");
        Api client = user.api(port);
        String seed = client.post("/api/v1/auth/totp", Map.of()).body().path("secret").asText();
        Api.Response confirmed = client.post("/api/v1/auth/totp/confirmation", Map.of("code", code(seed)));
        assertThat(confirmed.status()).as(confirmed.body().toString()).isEqualTo(200);
        List<String> secrets = new ArrayList<>(List.of(seed));
        for (JsonNode recovery : confirmed.body().path("recoveryCodes")) {
            secrets.add(sha256(recovery.asText()));
        }
        JsonNode codes = confirmed.body().path("recoveryCodes");
        Api.Response login = api().login(user.username(), user.password(), codes.get(0).asText());
        assertThat(login.status()).isEqualTo(200);
        String refreshToken = login.body().path("refreshToken").asText();
        secrets.add(sha256(refreshToken.substring(refreshToken.lastIndexOf('.') + 1)));
        Api.Response refreshed = Api.anonymous(port).post("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken));
        assertThat(refreshed.status()).as(refreshed.body().toString()).isEqualTo(200);
        String next = refreshed.body().path("refreshToken").asText();
        secrets.add(sha256(next.substring(next.lastIndexOf('.') + 1)));
        assertThat(api().login(user.username(), user.password(), codes.get(1).asText()).status())
                .as("recovery codes still work").isEqualTo(200);

        List<String> stored = jdbc.queryForList("select convert_from(payload, 'UTF8') from domain_event_entry "
                + "where aggregate_identifier = ?", String.class, user.id());
        assertThat(stored).hasSizeGreaterThanOrEqualTo(6);
        assertNoSecret("event store", String.join("\n", stored), secrets);

        String history = api().get("/api/v1/audit/UserAccount/" + user.id() + "/events").body().toString();
        assertThat(history).contains("TotpEnrolmentStartedEvent").contains("[redacted]");
        assertNoSecret("history", history, secrets);
        String diff = api().get("/api/v1/audit/UserAccount/" + user.id() + "/diff").body().toString();
        assertThat(diff).contains("[redacted]");
        assertNoSecret("diff", diff, secrets);
        String midway = api().get("/api/v1/audit/UserAccount/" + user.id() + "/diff?from="
                + URLEncoder.encode(before.toString(), StandardCharsets.UTF_8)).body().toString();
        assertNoSecret("diff from a time", midway, secrets);
        String trail = "/api/v1/audit/events?user=" + user.id() + "&from="
                + URLEncoder.encode(before.toString(), StandardCharsets.UTF_8);
        JsonNode page = Eventually.get(api(), trail, body -> body.path("content").size() >= 2);
        assertThat(page.toString()).contains("[redacted]");
        assertNoSecret("trail", page.toString(), secrets);
        String aggregateTrail = "/api/v1/audit/events?aggregateType=UserAccount&from="
                + URLEncoder.encode(before.toString(), StandardCharsets.UTF_8);
        assertNoSecret("csv", api().get(aggregateTrail, Map.of("Accept", "text/csv")).raw().body(), secrets);
        assertNoSecret("ndjson", api().get(aggregateTrail, Map.of("Accept", "application/x-ndjson")).raw().body(),
                secrets);
    }

    private static void assertNoSecret(String where, String text, List<String> secrets) {
        assertThat(text).as(where).doesNotContain("$2a$").doesNotContain("$2b$").doesNotContain("$2y$");
        for (String secret : secrets) {
            assertThat(text).as(where).doesNotContain(secret);
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String code(String base32Secret) throws Exception {
        return new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(
                new SecretKeySpec(base32Decode(base32Secret), "HmacSHA1"), Instant.now());
    }

    private static byte[] base32Decode(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((int) (buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
