package com.opsledger.infra.it;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in, tokens and their end, sign-in backoff, second factor and rate limits, over HTTP with real JWTs. */
class AccessIT extends ApplicationIT {

    @Test
    void canAnswerNothingButSignInAndTheHealthStatusWithoutAToken() {
        Api anonymous = Api.anonymous(port);
        Api.Response products = anonymous.get("/api/v1/products");
        assertThat(products.status()).isEqualTo(401);
        assertThat(products.header("Content-Type")).contains("application/problem+json");
        assertThat(products.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(anonymous.post("/api/v1/products", Map.of("sku", "X")).status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/audit/events").status()).isEqualTo(401);
        assertThat(anonymous.get("/v3/api-docs").status()).as("the API document is public").isEqualTo(200);
        assertThat(anonymous.get("/actuator/info").status()).isEqualTo(401);
        Api.Response health = anonymous.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().path("status").asText()).isEqualTo("UP");
        assertThat(health.body().has("components")).as("status only").isFalse();
    }

    @Test
    void canRefuseTamperedUnsignedWronglyAddressedAndExpiredTokens() throws Exception {
        Accounts.Account user = Accounts.create(api(), "customer-service");
        JsonNode tokens = api().login(user.username(), user.password(), null).body();
        String token = tokens.path("accessToken").asText();
        assertThat(api().withToken(token).get("/api/v1/products").status()).isEqualTo(200);

        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(payload
                .replace("\"sub\":\"" + user.id() + "\"", "\"sub\":\"" + user.id() + "x\"")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(api().withToken(parts[0] + "." + forged + "." + parts[2]).get("/api/v1/products").status())
                .as("payload changed under the signature").isEqualTo(401);
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(api().withToken(none + "." + parts[1] + ".").get("/api/v1/products").status())
                .as("alg none").isEqualTo(401);
        String sessionId = claims(token).path("sid").asText();
        Instant now = Instant.now();
        assertThat(api().withToken(sign(user.id(), sessionId, "someone-else", now.plusSeconds(600)))
                .get("/api/v1/products").status()).as("wrong audience").isEqualTo(401);
        assertThat(api().withToken(sign(user.id(), sessionId, "opsledger-api", now.minusSeconds(600)))
                .get("/api/v1/products").status()).as("expired").isEqualTo(401);
        assertThat(api().withToken(sign(user.id(), sessionId, "opsledger-api", now.plusSeconds(600)))
                .get("/api/v1/products").status()).as("our own key, right claims").isEqualTo(200);
        assertThat(api().withToken(sign(user.id(), UUID.randomUUID().toString(), "opsledger-api",
                now.plusSeconds(600))).get("/api/v1/products").status()).as("a session that never was")
                .isEqualTo(401);
        String hs256 = hmacSigned(user.id(), sessionId);
        assertThat(api().withToken(hs256).get("/api/v1/products").status()).as("HS256 is not allowed")
                .isEqualTo(401);
    }

    @Test
    void canAcceptTheSameTokenAgainButNoForgeryOfIt() throws Exception {
        Accounts.Account user = Accounts.create(api(), "customer-service");
        String token = api().login(user.username(), user.password(), null).body().path("accessToken").asText();
        Api client = api().withToken(token);
        assertThat(client.get("/api/v1/products").status()).isEqualTo(200);
        assertThat(client.get("/api/v1/products").status()).as("the same token again").isEqualTo(200);

        String[] parts = token.split("\\.");
        char changed = parts[2].charAt(10) == 'A' ? 'B' : 'A';
        String oneCharacterChanged = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + changed
                + parts[2].substring(11);
        Api.Response tampered = api().withToken(oneCharacterChanged).get("/api/v1/products");
        assertThat(tampered.status()).as("one character of the signature changed").isEqualTo(401);
        assertThat(tampered.body().path("detail").asText()).startsWith("the access token is not valid");
        assertThat(api().withToken(signedByAnotherKey(token)).get("/api/v1/products").status())
                .as("the same header and claims signed by another key").isEqualTo(401);
        assertThat(client.get("/api/v1/products").status()).as("the genuine token still").isEqualTo(200);
    }

    @Test
    void canEndASessionAtOnceOnLogout() {
        Accounts.Account user = Accounts.create(api(), "warehouse-staff");
        JsonNode tokens = api().login(user.username(), user.password(), null).body();
        Api client = api().withToken(tokens.path("accessToken").asText());
        JsonNode me = client.get("/api/v1/auth/me").body();
        assertThat(me.path("username").asText()).isEqualTo(user.username());
        assertThat(me.path("permissions").toString()).contains("stock-items:*");
        assertThat(client.get("/api/v1/products").status()).as("the token again, now remembered").isEqualTo(200);

        assertThat(client.post("/api/v1/auth/logout", Map.of()).status()).isEqualTo(204);
        Api.Response afterLogout = client.get("/api/v1/products");
        assertThat(afterLogout.status()).isEqualTo(401);
        assertThat(afterLogout.body().path("detail").asText()).contains("the session of this token has ended");
        assertThat(Api.anonymous(port).post("/api/v1/auth/refresh",
                Map.of("refreshToken", tokens.path("refreshToken").asText())).status()).isEqualTo(401);
    }

    @Test
    void canListAUsersSessionsAndLetAnAdminRevokeOne() {
        Accounts.Account user = Accounts.create(api(), "warehouse-staff");
        Api first = api().withToken(api().login(user.username(), user.password(), null).body()
                .path("accessToken").asText());
        Api second = api().withToken(api().login(user.username(), user.password(), null).body()
                .path("accessToken").asText());
        JsonNode sessions = api().get("/api/v1/admin/sessions?active=true&userId=" + user.id()).body();
        assertThat(sessions.path("totalElements").asInt()).isEqualTo(2);
        String newest = sessions.path("content").get(0).path("id").asText();
        assertThat(sessions.path("content").get(0).path("username").asText()).isEqualTo(user.username());

        assertThat(api().post("/api/v1/admin/users/" + user.id() + "/sessions/" + newest + "/revocation", Map.of())
                .status()).isEqualTo(200);
        assertThat(second.get("/api/v1/products").status()).as("the revoked session").isEqualTo(401);
        assertThat(first.get("/api/v1/products").status()).as("the other session").isEqualTo(200);
        JsonNode ended = api().get("/api/v1/admin/sessions?userId=" + user.id()).body().path("content").get(0);
        assertThat(ended.path("endReason").asText()).isEqualTo("revoked-by-administrator");
    }

    @Test
    void canRotateRefreshTokensAndEndTheFamilyWhenAnOldOneIsReused() {
        Accounts.Account user = Accounts.create(api(), "customer-service");
        JsonNode first = api().login(user.username(), user.password(), null).body();
        Api anonymous = Api.anonymous(port);
        Api.Response rotated = anonymous.post("/api/v1/auth/refresh",
                Map.of("refreshToken", first.path("refreshToken").asText()));
        assertThat(rotated.status()).as(rotated.body().toString()).isEqualTo(200);
        String secondRefresh = rotated.body().path("refreshToken").asText();
        assertThat(secondRefresh).isNotEqualTo(first.path("refreshToken").asText());
        Api second = api().withToken(rotated.body().path("accessToken").asText());
        assertThat(second.get("/api/v1/products").status()).isEqualTo(200);

        Api.Response reuse = anonymous.post("/api/v1/auth/refresh",
                Map.of("refreshToken", first.path("refreshToken").asText()));
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.body().path("type").asText()).endsWith("refresh-token-reused");
        assertThat(anonymous.post("/api/v1/auth/refresh", Map.of("refreshToken", secondRefresh)).status())
                .as("the whole family is revoked").isEqualTo(401);
        assertThat(second.get("/api/v1/products").status()).as("and its access tokens").isEqualTo(401);

        JsonNode events = api().get("/api/v1/admin/security-events?userId=" + user.id()).body();
        assertThat(events.toString()).contains("refresh-token-reuse", "login-succeeded");
    }

    @Test
    void canSlowDownSignInsForAUserAfterFailuresWithoutLockingItOrEndingItsSessions() throws Exception {
        Accounts.Account user = Accounts.create(api(), "customer-service");
        String from = "127.0.41.1";
        JsonNode tokens = SignInFrom.login(port, from, user.username(), user.password()).body();
        Api client = api().withToken(tokens.path("accessToken").asText());
        for (int i = 0; i < 5; i++) {
            SignInFrom.Answer failed = SignInFrom.login(port, "127.0.41." + (10 + i), user.username(),
                    "not the password at all");
            assertThat(failed.status()).isEqualTo(401);
            assertThat(failed.type()).endsWith("invalid-credentials");
        }
        SignInFrom.Answer refused = SignInFrom.login(port, from, user.username(), user.password());
        assertThat(refused.status()).as("even the right password waits").isEqualTo(429);
        assertThat(refused.type()).endsWith("sign-in-backoff");
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 2L);

        assertThat(client.get("/api/v1/products").status()).as("the live session stays").isEqualTo(200);
        assertThat(Api.anonymous(port).post("/api/v1/auth/refresh",
                Map.of("refreshToken", tokens.path("refreshToken").asText())).status()).isEqualTo(200);
        assertThat(api().get("/api/v1/admin/users/" + user.id()).body().path("status").asText())
                .isEqualTo("active");

        Thread.sleep(Long.parseLong(refused.header("Retry-After")) * 1000 + 100);
        assertThat(SignInFrom.login(port, "127.0.41.20", user.username(), "still not the password").status())
                .isEqualTo(401);
        SignInFrom.Answer longer = SignInFrom.login(port, from, user.username(), user.password());
        assertThat(longer.status()).isEqualTo(429);
        assertThat(Long.parseLong(longer.header("Retry-After"))).as("the delay doubles").isBetween(2L, 3L);
        Thread.sleep(Long.parseLong(longer.header("Retry-After")) * 1000 + 100);
        assertThat(SignInFrom.login(port, from, user.username(), user.password()).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from sign_in_backoff where backoff_key = ?", Long.class,
                "user:" + user.username())).as("a success forgets the failures").isZero();

        JsonNode events = api().get("/api/v1/admin/security-events?userId=" + user.id() + "&size=50").body();
        assertThat(events.toString()).contains("login-failed").doesNotContain("locked-out");
        JsonNode trail = api().get("/api/v1/audit/UserAccount/" + user.id() + "/events").body();
        assertThat(trail.toString()).contains("LoginFailedEvent").doesNotContain("UserLockedOutEvent",
                "SessionEndedEvent");
    }

    @Test
    void canSlowDownSignInsFromAnAddressAfterFailuresForManyUsers() throws Exception {
        String from = "127.0.42.1";
        Accounts.Account user = Accounts.create(api(), "customer-service");
        Api client = user.api(port);
        assertThat(client.get("/api/v1/products").status()).isEqualTo(200);
        for (int i = 0; i < 20; i++) {
            assertThat(SignInFrom.login(port, from, unique("nobody"), "any password at all").status())
                    .isEqualTo(401);
        }
        SignInFrom.Answer refused = SignInFrom.login(port, from, user.username(), user.password());
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.type()).endsWith("sign-in-backoff");
        assertThat(SignInFrom.login(port, "127.0.42.2", user.username(), user.password()).status())
                .as("another address").isEqualTo(200);
        assertThat(client.get("/api/v1/products").status()).as("a valid token never waits").isEqualTo(200);
        Thread.sleep(Long.parseLong(refused.header("Retry-After")) * 1000 + 100);
        assertThat(SignInFrom.login(port, from, user.username(), user.password()).status()).isEqualTo(200);
    }

    @Test
    void canStopADisabledUsersTokensAtOnce() {
        Accounts.Account user = Accounts.create(api(), "customer-service");
        Api client = api().withToken(api().login(user.username(), user.password(), null).body()
                .path("accessToken").asText());
        assertThat(client.get("/api/v1/products").status()).isEqualTo(200);
        assertThat(api().post("/api/v1/admin/users/" + user.id() + "/disablement", Map.of("reason", "left"))
                .status()).isEqualTo(200);
        assertThat(client.get("/api/v1/products").status()).isEqualTo(401);
        assertThat(api().login(user.username(), user.password(), null).status()).isEqualTo(401);
    }

    @Test
    void canSignInWithASecondFactorFromAStandardAuthenticator() throws Exception {
        Accounts.Account user = Accounts.create(api(), "manager");
        Api client = user.api(port);
        JsonNode enrolment = client.post("/api/v1/auth/totp", Map.of()).body();
        String secret = enrolment.path("secret").asText();
        assertThat(enrolment.path("otpauthUri").asText()).startsWith("otpauth://totp/").contains("secret=" + secret);
        Api.Response confirmed = client.post("/api/v1/auth/totp/confirmation", Map.of("code", code(secret)));
        assertThat(confirmed.status()).as(confirmed.body().toString()).isEqualTo(200);
        JsonNode recoveryCodes = confirmed.body().path("recoveryCodes");
        assertThat(recoveryCodes.size()).isEqualTo(10);

        Api.Response withoutCode = api().login(user.username(), user.password(), null);
        assertThat(withoutCode.status()).isEqualTo(401);
        assertThat(withoutCode.body().path("type").asText()).endsWith("second-factor-required");
        String next = code(secret, Instant.now().plusSeconds(30));
        assertThat(api().login(user.username(), user.password(), next).status()).isEqualTo(200);
        String recovery = recoveryCodes.get(0).asText();
        assertThat(api().login(user.username(), user.password(), recovery).status()).isEqualTo(200);
        assertThat(api().login(user.username(), user.password(), recovery).status()).as("single use")
                .isEqualTo(401);
    }

    @Test
    void cannotSignInTwiceWithOneCodeNorWithAnEarlierOne() throws Exception {
        Accounts.Account user = Accounts.create(api(), "manager");
        Api client = user.api(port);
        String secret = client.post("/api/v1/auth/totp", Map.of()).body().path("secret").asText();
        String confirmedWith = code(secret, Instant.now());
        assertThat(client.post("/api/v1/auth/totp/confirmation", Map.of("code", confirmedWith)).status())
                .isEqualTo(200);
        Api.Response sameAsConfirmation = api().login(user.username(), user.password(), confirmedWith);
        assertThat(sameAsConfirmation.status()).isEqualTo(401);
        assertThat(sameAsConfirmation.body().path("type").asText()).endsWith("second-factor-reused");

        String next = code(secret, Instant.now().plusSeconds(30));
        assertThat(api().login(user.username(), user.password(), next).status()).isEqualTo(200);
        Api.Response replayed = api().login(user.username(), user.password(), next);
        assertThat(replayed.status()).as("the same code again").isEqualTo(401);
        assertThat(replayed.body().path("type").asText()).endsWith("second-factor-reused");
        assertThat(replayed.body().path("detail").asText()).contains("already used");
        assertThat(api().login(user.username(), user.password(), code(secret, Instant.now())).status())
                .as("a code of an earlier step").isEqualTo(401);
        JsonNode events = api().get("/api/v1/admin/security-events?userId=" + user.id() + "&size=50").body();
        assertThat(events.toString()).contains("second-factor-reused");
    }

    @Test
    void canReplaceAConfirmedSecondFactorOnlyWithTheCurrentPassword() throws Exception {
        Accounts.Account user = Accounts.create(api(), "manager");
        Api client = user.api(port);
        String first = client.post("/api/v1/auth/totp", Map.of()).body().path("secret").asText();
        assertThat(client.post("/api/v1/auth/totp/confirmation", Map.of("code", code(first))).status())
                .isEqualTo(200);

        Api.Response withoutPassword = client.post("/api/v1/auth/totp", Map.of());
        assertThat(withoutPassword.status()).isEqualTo(400);
        assertThat(withoutPassword.header("Content-Type")).contains("application/problem+json");
        assertThat(withoutPassword.body().toString()).contains("currentPassword");
        Api.Response wrongPassword = client.post("/api/v1/auth/totp", Map.of("currentPassword", "not my password"));
        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(wrongPassword.body().toString()).contains("currentPassword");

        Api.Response replaced = client.post("/api/v1/auth/totp", Map.of("currentPassword", user.password()));
        assertThat(replaced.status()).isEqualTo(200);
        String second = replaced.body().path("secret").asText();
        assertThat(second).isNotEqualTo(first);
        assertThat(client.post("/api/v1/auth/totp/confirmation", Map.of("code", code(second))).status())
                .isEqualTo(200);
        Instant later = Instant.now().plusSeconds(30);
        assertThat(api().login(user.username(), user.password(), code(first, later)).status())
                .as("the replaced factor").isEqualTo(401);
        assertThat(api().login(user.username(), user.password(), code(second, later)).status()).isEqualTo(200);
    }

    @Test
    void canLetAnAdminResetAUsersSecondFactor() throws Exception {
        Accounts.Account user = Accounts.create(api(), "manager");
        Api client = user.api(port);
        String secret = client.post("/api/v1/auth/totp", Map.of()).body().path("secret").asText();
        assertThat(client.post("/api/v1/auth/totp/confirmation", Map.of("code", code(secret))).status())
                .isEqualTo(200);
        assertThat(api().login(user.username(), user.password(), null).status()).isEqualTo(401);

        String reset = "/api/v1/admin/users/" + user.id() + "/second-factor-reset";
        assertThat(client.post(reset, Map.of()).status()).as("not for a manager").isEqualTo(403);
        assertThat(api().post(reset, Map.of()).status()).isEqualTo(200);
        assertThat(api().login(user.username(), user.password(), null).status()).as("password alone again")
                .isEqualTo(200);
        assertThat(api().post("/api/v1/admin/users/" + unique("nobody") + "/second-factor-reset", Map.of()).status())
                .isIn(400, 404);
        JsonNode events = api().get("/api/v1/admin/security-events?userId=" + user.id() + "&size=50").body();
        assertThat(events.toString()).contains("second-factor-reset");
        JsonNode trail = api().get("/api/v1/audit/UserAccount/" + user.id() + "/events").body();
        assertThat(trail.toString()).contains("SecondFactorResetEvent");
        assertThat(client.post("/api/v1/auth/totp", Map.of()).status()).as("a first enrolment again")
                .isEqualTo(200);
    }

    @Test
    void canChangeThePasswordEndingTheOtherSessionsButNotThisOne() {
        Accounts.Account user = Accounts.create(api(), "warehouse-staff");
        JsonNode here = api().login(user.username(), user.password(), null).body();
        JsonNode there = api().login(user.username(), user.password(), null).body();
        Api thisOne = api().withToken(here.path("accessToken").asText());
        Api otherOne = api().withToken(there.path("accessToken").asText());
        assertThat(otherOne.get("/api/v1/products").status()).isEqualTo(200);

        assertThat(thisOne.post("/api/v1/auth/password", Map.of("currentPassword", user.password(),
                "newPassword", "an entirely new phrase")).status()).isEqualTo(204);
        assertThat(otherOne.get("/api/v1/products").status()).as("the other session's access token")
                .isEqualTo(401);
        Api anonymous = Api.anonymous(port);
        assertThat(anonymous.post("/api/v1/auth/refresh", Map.of("refreshToken",
                there.path("refreshToken").asText())).status()).as("the other session's refresh token")
                .isEqualTo(401);
        assertThat(thisOne.get("/api/v1/products").status()).as("this session").isEqualTo(200);
        assertThat(anonymous.post("/api/v1/auth/refresh", Map.of("refreshToken",
                here.path("refreshToken").asText())).status()).isEqualTo(200);
        JsonNode ended = api().get("/api/v1/admin/sessions?userId=" + user.id()).body();
        assertThat(ended.toString()).contains("password-changed");
    }

    @Test
    void canLimitSignInsPerUserWith429AndRetryAfter() {
        Accounts.Account user = Accounts.create(api(), "customer-service");
        Api.Response last = null;
        // 10 a minute, refilled evenly: a slow machine gets a few more in before the bucket is empty
        for (int i = 0; i < 30 && (last == null || last.status() != 429); i++) {
            last = api().login(user.username(), user.password(), null);
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(Long.parseLong(last.header("Retry-After"))).isPositive();
        assertThat(last.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void canEnforceThePasswordPolicyAndRejectUnknownFields() {
        Accounts.Account user = Accounts.create(api(), "customer-service");
        Api client = user.api(port);
        Api.Response tooShort = client.post("/api/v1/auth/password",
                Map.of("currentPassword", user.password(), "newPassword", "short"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body().toString()).contains("newPassword");
        Api.Response same = client.post("/api/v1/auth/password",
                Map.of("currentPassword", user.password(), "newPassword", user.password()));
        assertThat(same.status()).isEqualTo(400);
        Api.Response sneaky = api().post("/api/v1/admin/users", Map.of("username", "sneaky", "email",
                "s@example.com", "displayName", "S", "password", Accounts.PASSWORD, "roles", java.util.Set.of("admin"),
                "status", "active"));
        assertThat(sneaky.status()).isEqualTo(400);
        assertThat(sneaky.body().toString()).contains("status");
        assertThat(client.post("/api/v1/auth/password", Map.of("currentPassword", user.password(),
                "newPassword", "an entirely new phrase")).status()).isEqualTo(204);
    }

    private static String code(String base32Secret) throws Exception {
        return code(base32Secret, Instant.now());
    }

    private static String code(String base32Secret, Instant at) throws Exception {
        TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
        return totp.generateOneTimePasswordString(new SecretKeySpec(base32Decode(base32Secret), "HmacSHA1"), at);
    }

    /** Base32 decoding written here, so the test shares nothing with the product's own TOTP code. */
    private static byte[] base32Decode(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
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

    private static JsonNode claims(String token) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static String sign(String subject, String sessionId, String audience, Instant expiresAt)
            throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                new JWTClaimsSet.Builder().issuer("opsledger").audience(audience).subject(subject)
                        .issueTime(Date.from(expiresAt.minusSeconds(900))).expirationTime(Date.from(expiresAt))
                        .claim("sid", sessionId).build());
        jwt.sign(new RSASSASigner(signingKey()));
        return jwt.serialize();
    }

    private static String signedByAnotherKey(String token) throws Exception {
        SignedJWT genuine = SignedJWT.parse(token);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        SignedJWT forged = new SignedJWT(genuine.getHeader(), genuine.getJWTClaimsSet());
        forged.sign(new RSASSASigner(generator.generateKeyPair().getPrivate()));
        return forged.serialize();
    }

    private static String hmacSigned(String subject, String sessionId) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                .issuer("opsledger").audience("opsledger-api").subject(subject).claim("sid", sessionId)
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
        jwt.sign(new com.nimbusds.jose.crypto.MACSigner(new byte[32]));
        return jwt.serialize();
    }

    /** The key the application generated into its data directory. */
    private static PrivateKey signingKey() throws Exception {
        Path file = Path.of(System.getProperty("opsledger.data-dir", "target/test-data/adhoc"))
                .resolve("jwt-signing-key.pem");
        String pem = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }
}
