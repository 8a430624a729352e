package com.opsledger.infra.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code java -jar opsledger.jar replay <projection> [--url=http://localhost:8080] [--user=admin]}: asks the running
 * OpsLedger that
 * owns the projection to rebuild it, then follows the rebuild with a progress bar (events per second, time left)
 * until it serves again. The rebuild runs in that server, where the projection's processor lives; this command only
 * starts and watches it. With {@code --user} it signs in as that user first (the password from
 * {@code OPSLEDGER_PASSWORD}, or asked for on the console); otherwise {@code OPSLEDGER_AUTHORIZATION}, when set, is
 * sent as the Authorization header.
 */
public final class ReplayCommand {

    static final String DEFAULT_URL = "http://localhost:8080";
    private static final int BAR = 30;
    private static final Duration STOPPED_LIMIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;
    private final PrintStream out;
    private final boolean terminal;

    ReplayCommand(String base, String authorization, PrintStream out, boolean terminal) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.authorization = authorization;
        this.out = out;
        this.terminal = terminal;
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && "replay".equals(args[0]);
    }

    /** Runs the command; answers the process exit code. */
    public static int run(String[] args, PrintStream out) {
        return run(args, out, System.getenv("OPSLEDGER_PASSWORD"));
    }

    /** Runs the command with {@code password} for {@code --user} (null: ask on the console). */
    public static int run(String[] args, PrintStream out, String password) {
        String projection = null;
        String url = DEFAULT_URL;
        String user = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--url=")) {
                url = args[i].substring("--url=".length());
            } else if (args[i].startsWith("--user=")) {
                user = args[i].substring("--user=".length());
            } else if (projection == null && !args[i].startsWith("--")) {
                projection = args[i];
            } else {
                projection = null;
                break;
            }
        }
        if (projection == null) {
            out.println("usage: java -jar opsledger.jar replay <projection> [--url=" + DEFAULT_URL
                    + "] [--user=<username>]");
            return 2;
        }
        String authorization = System.getenv("OPSLEDGER_AUTHORIZATION");
        if (user != null) {
            if (password == null && System.console() != null) {
                char[] typed = System.console().readPassword("password of %s: ", user);
                password = typed == null ? null : new String(typed);
            }
            if (password == null) {
                out.println("no password for " + user + ": set OPSLEDGER_PASSWORD or run it on a console");
                return 2;
            }
            authorization = signIn(url, user, password, out);
            if (authorization == null) {
                return 1;
            }
        }
        return new ReplayCommand(url, authorization, out, System.console() != null).replay(projection);
    }

    private static String signIn(String url, String user, String password, PrintStream out) {
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                                    java.util.Map.of("username", user, "password", password)))).build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                out.println("cannot sign in as " + user + " (" + response.statusCode() + ")");
                return null;
            }
            return "Bearer " + JSON.readTree(response.body()).path("accessToken").asText();
        } catch (IOException e) {
            out.println("no OpsLedger answers at " + base + " (start it, or pass --url=)");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    int replay(String projection) {
        String path = "/api/v1/admin/projections/" + URLEncoder.encode(projection, StandardCharsets.UTF_8);
        try {
            Answer started = send(HttpRequest.newBuilder(URI.create(base + path + "/replay"))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            if (started.status() != 202) {
                out.println("replay refused (" + started.status() + "): " + started.body().path("detail").asText(
                        started.body().toString()));
                return 1;
            }
            out.println("replaying " + projection + " on " + base);
            long startedAt = System.nanoTime();
            long lastPrinted = 0;
            long stoppedSince = -1;
            while (true) {
                Thread.sleep(250);
                Answer answer = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
                JsonNode view = answer.body();
                String state = view.path("state").asText();
                long position = view.path("position").asLong(-1);
                long head = view.path("head").asLong(0);
                double seconds = (System.nanoTime() - startedAt) / 1e9;
                if ("failed".equals(state)) {
                    out.println();
                    out.println("replay failed: " + view.path("error").asText());
                    return 1;
                }
                if ("stopped".equals(state)) {
                    stoppedSince = stoppedSince < 0 ? System.nanoTime() : stoppedSince;
                    if (System.nanoTime() - stoppedSince > STOPPED_LIMIT.toNanos()) {
                        out.println();
                        out.println("the projection has been stopped for " + STOPPED_LIMIT.toSeconds()
                                + " s; is another process holding it?");
                        return 1;
                    }
                } else {
                    stoppedSince = -1;
                }
                boolean done = "live".equals(state);
                double percent = done ? 100.0 : view.path("percentDone").asDouble(0);
                long now = System.nanoTime();
                if (terminal || done || now - lastPrinted > 2_000_000_000L) {
                    String line = line(percent, Math.max(position, 0), head, seconds,
                            view.path("etaSeconds").isNumber() ? view.path("etaSeconds").asLong() : null);
                    out.print(terminal ? "\r" + line : line + System.lineSeparator());
                    lastPrinted = now;
                }
                if (done) {
                    if (terminal) {
                        out.println();
                    }
                    out.printf(Locale.ROOT, "%s is live again after %.1f s%n", projection, seconds);
                    return 0;
                }
            }
        } catch (ConnectException e) {
            out.println("no OpsLedger answers at " + base + " (start it, or pass --url=)");
            return 1;
        } catch (IOException e) {
            out.println("the server did not answer: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** {@code [##########..........]  50.0%  1200/2400 events  800 events/s  ETA 0:02}. */
    static String line(double percent, long position, long head, double seconds, Long etaSeconds) {
        int filled = (int) Math.round(Math.min(100, Math.max(0, percent)) / 100 * BAR);
        double rate = seconds > 0 ? position / seconds : 0;
        long eta = etaSeconds != null ? etaSeconds
                : rate > 0 ? (long) Math.ceil(Math.max(0, head - position) / rate) : -1;
        return String.format(Locale.ROOT, "[%s%s] %5.1f%%  %d/%d events  %.0f events/s  ETA %s",
                "#".repeat(filled), ".".repeat(BAR - filled), percent, position, head, rate,
                eta < 0 ? "?" : String.format(Locale.ROOT, "%d:%02d", eta / 60, eta % 60));
    }

    private record Answer(int status, JsonNode body) {
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (authorization != null && !authorization.isBlank()) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.body() == null || response.body().isBlank() ? JSON.nullNode()
                : readOrText(response.body());
        return new Answer(response.statusCode(), body);
    }

    private static JsonNode readOrText(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }
}
