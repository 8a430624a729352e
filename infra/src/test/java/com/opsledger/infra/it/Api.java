package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP client for the running application, answering parsed JSON. It signs in over HTTP as the user it is
 * for (by default the bootstrap admin) and sends the access token with every request; tokens are shared between
 * clients of one user and renewed by signing in again when they have run out.
 */
public final class Api {

    public static final String ADMIN = "admin";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private final String base;
    private final String loginBase;
    private final String username;
    private final String password;
    private final String fixedToken;

    public Api(int port) {
        this(port, port, ADMIN, adminPassword(), null);
    }

    private Api(int port, int loginPort, String username, String password, String fixedToken) {
        this.base = "http://127.0.0.1:" + port;
        this.loginBase = "http://127.0.0.1:" + loginPort;
        this.username = username;
        this.password = password;
        this.fixedToken = fixedToken;
    }

    /** The password the test run gives the bootstrap admin (see the build's surefire settings). */
    public static String adminPassword() {
        return System.getProperty("opsledger.security.admin-password", "correct-horse-battery-staple");
    }

    /** A client that sends no token at all. */
    public static Api anonymous(int port) {
        return new Api(port, port, null, null, null);
    }

    /** A client signed in as this user. */
    public static Api as(int port, String username, String password) {
        return new Api(port, port, username, password, null);
    }

    /** A client that sends exactly this bearer token (or header value, when it has a space). */
    public Api withToken(String token) {
        return new Api(port(base), port(loginBase), null, null, token);
    }

    /** The same user, signing in at another process (the command side, when this one serves only queries). */
    public Api signingInAt(int loginPort) {
        return new Api(port(base), loginPort, username, password, fixedToken);
    }

    /** Signs in and answers the whole token response (access and refresh token). */
    public Response login(String user, String secret, String totp) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", user, "password", secret));
        if (totp != null) {
            body.put("totp", totp);
        }
        return exchange(HttpRequest.newBuilder(URI.create(loginBase + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    public String token() {
        if (fixedToken != null) {
            return fixedToken;
        }
        if (username == null) {
            return null;
        }
        return TOKENS.computeIfAbsent(loginBase + " " + username, key -> {
            Response response = login(username, password, null);
            if (response.status() != 200) {
                throw new IllegalStateException("cannot sign in as " + username + ": " + response.status() + " "
                        + response.body());
            }
            return response.body().path("accessToken").asText();
        });
    }

    private static int port(String base) {
        return Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
    }

    public record Response(int status, JsonNode body, HttpResponse<String> raw) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String id() {
            return body.path("id").asText();
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    public Response post(String path, Object body) {
        return post(path, body, Map.of());
    }

    public Response post(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body)));
        headers.forEach(request::header);
        return send(request);
    }

    /** A multipart/form-data POST: text parts from strings, file parts ({@code name.png}) from byte arrays. */
    public Response postMultipart(String path, Map<String, Object> parts) {
        String boundary = "----opsledger" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        parts.forEach((name, value) -> {
            StringBuilder head = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + name + "\"");
            byte[] content;
            if (value instanceof byte[] bytes) {
                head.append("; filename=\"").append(name).append("\"\r\nContent-Type: application/octet-stream");
                content = bytes;
            } else {
                content = String.valueOf(value).getBytes(utf8);
            }
            head.append("\r\n\r\n");
            body.writeBytes(head.toString().getBytes(utf8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(utf8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public Response put(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    private Response send(HttpRequest.Builder request) {
        String token = token();
        if (token != null) {
            request.setHeader("Authorization", token.contains(" ") ? token : "Bearer " + token);
        }
        Response response = exchange(request);
        if (response.status() == 401 && fixedToken == null && username != null) {
            TOKENS.remove(loginBase + " " + username);
            request.setHeader("Authorization", "Bearer " + token());
            response = exchange(request);
        }
        return response;
    }

    private Response exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
            JsonNode body = response.body() == null || response.body().isBlank() ? JSON.nullNode()
                    : json ? JSON.readTree(response.body()) : JSON.getNodeFactory().textNode(response.body());
            return new Response(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
