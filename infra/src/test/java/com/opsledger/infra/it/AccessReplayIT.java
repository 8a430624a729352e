package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in, refresh, revocation and sign-out keep working, and correct, while the access projection is replayed. */
class AccessReplayIT extends ApplicationIT {

    private static final String PROJECTION = "/api/v1/admin/projections/access-postgres";

    @Autowired
    DataSource dataSource;

    @Test
    void canSignInRefreshRevokeAndSignOutWhileTheAccessProjectionIsReplayed() throws SQLException {
        Api admin = api();
        Accounts.Account before = Accounts.create(admin, "warehouse-staff");
        JsonNode kept = admin.login(before.username(), before.password(), null).body();
        Api keptClient = admin.withToken(kept.path("accessToken").asText());
        assertThat(keptClient.get("/api/v1/products").status()).isEqualTo(200);

        Api.Response started = admin.post(PROJECTION + "/replay", Map.of());
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        assertThat(started.body().path("state").asText()).isEqualTo("replaying");

        List<String> wrong = new ArrayList<>();
        List<Accounts.Account> users = new ArrayList<>();
        // the replay's copy is held (its first write waits for this lock), so every round runs mid-replay
        try (Connection holding = dataSource.getConnection()) {
            holding.setAutoCommit(false);
            try (Statement lock = holding.createStatement()) {
                lock.execute("lock table replay_access_postgres.auth_user, replay_access_postgres.auth_session, "
                        + "replay_access_postgres.auth_role in share mode");
            }
            for (int rounds = 0; rounds < 3; rounds++) {
                Accounts.Account user = Accounts.create(admin, "warehouse-staff");
                users.add(user);
                round(admin, user, wrong);
                assertThat(keptClient.get("/api/v1/products").status()).as("a session from before").isEqualTo(200);
                assertThat(admin.get(PROJECTION).body().path("state").asText()).isEqualTo("replaying");
            }
            holding.commit();
        }
        Eventually.get(admin, "/api/v1/admin/projections", list -> UpcasterIT.caughtUp(list, "access-postgres"));
        assertThat(wrong).isEmpty();

        // the rebuilt tables serve now, with what happened during the replay
        assertThat(keptClient.get("/api/v1/products").status()).isEqualTo(200);
        for (Accounts.Account user : users) {
            JsonNode sessions = admin.get("/api/v1/admin/sessions?userId=" + user.id()).body();
            assertThat(sessions.path("totalElements").asInt()).isEqualTo(2);
            assertThat(sessions.toString()).contains("revoked-by-administrator", "logout");
            assertThat(admin.get("/api/v1/admin/sessions?active=true&userId=" + user.id()).body()
                    .path("totalElements").asInt()).isZero();
        }
        round(admin, Accounts.create(admin, "warehouse-staff"), wrong);
        assertThat(wrong).isEmpty();
        assertThat(admin.post(PROJECTION + "/verify", Map.of()).body().path("matches").asBoolean()).isTrue();
    }

    /** One user: signs in twice, refreshes one session, has the other revoked, then signs out. */
    private void round(Api admin, Accounts.Account user, List<String> wrong) {
        long began = System.nanoTime();
        Api.Response first = admin.login(user.username(), user.password(), null);
        Api.Response second = admin.login(user.username(), user.password(), null);
        if (first.status() != 200 || second.status() != 200) {
            wrong.add("sign-in: " + first.status() + " " + second.status() + " " + second.body());
            return;
        }
        Api anonymous = Api.anonymous(port);
        Api.Response refreshed = anonymous.post("/api/v1/auth/refresh",
                Map.of("refreshToken", first.body().path("refreshToken").asText()));
        if (refreshed.status() != 200) {
            wrong.add("refresh: " + refreshed.status() + " " + refreshed.body());
            return;
        }
        Api firstClient = admin.withToken(refreshed.body().path("accessToken").asText());
        Api secondClient = admin.withToken(second.body().path("accessToken").asText());
        expect(wrong, "refreshed token", firstClient.get("/api/v1/auth/me").status(), 200);
        expect(wrong, "second session", secondClient.get("/api/v1/auth/me").status(), 200);

        String sessionId = claimsSid(second);
        expect(wrong, "revocation", admin.post("/api/v1/admin/users/" + user.id() + "/sessions/" + sessionId
                + "/revocation", Map.of()).status(), 200);
        expect(wrong, "revoked access token", secondClient.get("/api/v1/auth/me").status(), 401);
        expect(wrong, "revoked refresh token", anonymous.post("/api/v1/auth/refresh",
                Map.of("refreshToken", second.body().path("refreshToken").asText())).status(), 401);
        expect(wrong, "sign-out", firstClient.post("/api/v1/auth/logout", Map.of()).status(), 204);
        expect(wrong, "signed-out access token", firstClient.get("/api/v1/auth/me").status(), 401);
        long millis = (System.nanoTime() - began) / 1_000_000;
        if (millis > 10_000) {
            wrong.add("a round took " + millis + " ms");
        }
    }

    private static void expect(List<String> wrong, String what, int status, int expected) {
        if (status != expected) {
            wrong.add(what + ": " + status + " instead of " + expected);
        }
    }

    private static String claimsSid(Api.Response login) {
        try {
            String payload = login.body().path("accessToken").asText().split("\\.")[1];
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                    java.util.Base64.getUrlDecoder().decode(payload)).path("sid").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
