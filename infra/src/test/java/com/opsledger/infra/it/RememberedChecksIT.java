package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health status and the per-request session check are remembered for a second (the defaults), and a session's
 * end still refuses the very next request.
 */
class RememberedChecksIT extends ApplicationIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private CountingHealthIndicator probe;

    @Test
    void canAnswerABurstOfAnonymousHealthProbesFromOneCheckPerSecond() {
        Api anonymous = Api.anonymous(port);
        int checksBefore = probe.checks();
        long began = System.nanoTime();
        for (int i = 0; i < 40; i++) {
            Api.Response health = anonymous.get("/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.body().path("status").asText()).isEqualTo("UP");
            assertThat(health.body().has("components")).as("the status only").isFalse();
        }
        long seconds = (System.nanoTime() - began) / 1_000_000_000L;
        assertThat(probe.checks() - checksBefore).as("checks for 40 probes in %d s", seconds)
                .isLessThanOrEqualTo((int) seconds + 2).isLessThan(40);

        JsonNode detailed = api().get("/actuator/health").body();
        assertThat(detailed.path("components").path("countedProbe").path("status").asText())
                .as("an admin still sees every component").isEqualTo("UP");
    }

    @Test
    void canRefuseTheNextRequestAfterARevocationThoughTheSessionWasJustChecked() {
        Accounts.Account user = Accounts.create(api(), "warehouse-staff");
        Api revoked = signedInAndRemembered(user);
        Api kept = signedInAndRemembered(user);

        assertThat(api().post("/api/v1/admin/users/" + user.id() + "/sessions/" + sessionOf(revoked) + "/revocation",
                Map.of()).status()).isEqualTo(200);
        assertThat(revoked.get("/api/v1/products").status()).as("the revoked session").isEqualTo(401);
        assertThat(kept.get("/api/v1/products").status()).as("the other session").isEqualTo(200);
    }

    @Test
    void canRefuseTheNextRequestAfterSignOutDisablingOrANewRole() {
        Accounts.Account leaving = Accounts.create(api(), "warehouse-staff");
        Api signedOut = signedInAndRemembered(leaving);
        assertThat(signedOut.post("/api/v1/auth/logout", Map.of()).status()).isEqualTo(204);
        assertThat(signedOut.get("/api/v1/products").status()).as("after sign-out").isEqualTo(401);

        Api disabled = signedInAndRemembered(leaving);
        assertThat(api().post("/api/v1/admin/users/" + leaving.id() + "/disablement", Map.of("reason", "left"))
                .status()).isEqualTo(200);
        assertThat(disabled.get("/api/v1/products").status()).as("after disabling").isEqualTo(401);

        Accounts.Account moved = Accounts.create(api(), "warehouse-staff");
        Api client = signedInAndRemembered(moved);
        assertThat(client.get("/api/v1/stock-items").status()).isEqualTo(200);
        assertThat(api().put("/api/v1/admin/users/" + moved.id() + "/roles", Map.of("roles", Set.of("delivery-driver")))
                .status()).isEqualTo(200);
        assertThat(client.get("/api/v1/stock-items").status()).as("with the new role's permissions").isEqualTo(403);
    }

    @Test
    void canRefuseASessionEndedWhereThisProcessDoesNotSeeItWithinTheCacheTime() {
        Accounts.Account user = Accounts.create(api(), "warehouse-staff");
        Api client = signedInAndRemembered(user);
        // as another process's projection would: the row changes, no event passes through this process
        jdbc.update("update auth_session set ended_at = now(), end_reason = 'test' where session_id = ?",
                sessionOf(client));
        long ended = System.nanoTime();
        while (client.get("/api/v1/products").status() == 200) {
            assertThat((System.nanoTime() - ended) / 1_000_000).as("ms until refused").isLessThan(3_000);
        }
    }

    /** A fresh session of {@code user} whose checks this process has made, and so remembers, a few times over. */
    private Api signedInAndRemembered(Accounts.Account user) {
        Api client = api().withToken(api().login(user.username(), user.password(), null).body().path("accessToken")
                .asText());
        checkRepeatedly(client);
        return client;
    }

    private static void checkRepeatedly(Api client) {
        for (int i = 0; i < 5; i++) {
            assertThat(client.get("/api/v1/products").status()).isEqualTo(200);
        }
    }

    private static String sessionOf(Api client) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(client.token().split("\\.")[1])).path("sid").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
