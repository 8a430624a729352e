package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients that keep receiving stock into a set of stock items, each receipt with a batch name of its own, and read
 * the stock item back after each command, and remember every answer: which receipts were acknowledged (2xx), which
 * were refused with what, and which got no answer at all (the connection broke: the outcome is unknown).
 */
final class WriteLoad implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One answer: when it came, what it was, to which batch; {@code status} 0 when there was none. */
    record Answer(long at, String batch, String stockItemId, int status, String contentType, String retryAfter,
                  String readModels, String body) {
    }

    private final String base;
    private final String token;
    private final List<String> stockItemIds;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> clients = new ArrayList<>();
    private final ConcurrentLinkedQueue<Answer> commands = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Answer> reads = new ConcurrentLinkedQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final String prefix;

    WriteLoad(Api api, int port, List<String> stockItemIds, int clientCount, String prefix) {
        this.base = "http://127.0.0.1:" + port;
        this.token = api.token();
        this.stockItemIds = stockItemIds;
        this.prefix = prefix;
        for (int c = 0; c < clientCount; c++) {
            Thread client = new Thread(this::run, "load-" + prefix + "-" + c);
            client.setDaemon(true);
            clients.add(client);
        }
        clients.forEach(Thread::start);
    }

    private void run() {
        while (running.get()) {
            long n = sequence.incrementAndGet();
            String stockItemId = stockItemIds.get((int) (n % stockItemIds.size()));
            String batch = prefix + "-" + n;
            Answer answer = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/stock-items/" + stockItemId + "/receipts"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"quantity\":1,\"batch\":\"" + batch + "\"}")), batch, stockItemId);
            commands.add(answer);
            reads.add(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/stock-items/" + stockItemId)).GET(), null,
                    stockItemId));
            if (answer.status() == 0 || answer.status() >= 500) {
                // what a sensible client does when the server is down: wait a moment instead of hammering it
                AppProcess.sleep(200);
            }
        }
    }

    private Answer send(HttpRequest.Builder request, String batch, String stockItemId) {
        try {
            HttpResponse<String> response = HTTP.send(request.header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(System.currentTimeMillis(), batch, stockItemId, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("X-Read-Models").orElse(null), response.body());
        } catch (IOException e) {
            return new Answer(System.currentTimeMillis(), batch, stockItemId, 0, "", null, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(System.currentTimeMillis(), batch, stockItemId, 0, "", null, null, e.toString());
        }
    }

    /** Stops the clients after their command in flight. */
    @Override
    public void close() {
        running.set(false);
        for (Thread client : clients) {
            try {
                client.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    List<Answer> commands() {
        return List.copyOf(commands);
    }

    List<Answer> reads() {
        return List.copyOf(reads);
    }

    List<Answer> commandsBetween(long from, long to) {
        return commands.stream().filter(a -> a.at() >= from && a.at() <= to).toList();
    }

    /** The batches whose receipt was acknowledged. */
    Set<String> acknowledged() {
        Set<String> batches = ConcurrentHashMap.newKeySet();
        commands.stream().filter(a -> a.status() / 100 == 2).forEach(a -> batches.add(a.batch()));
        return batches;
    }

    /** The batches whose receipt was not acknowledged, refused or unanswered: each may or may not have happened. */
    Set<String> unacknowledged() {
        Set<String> batches = ConcurrentHashMap.newKeySet();
        commands.stream().filter(a -> a.status() / 100 != 2).forEach(a -> batches.add(a.batch()));
        return batches;
    }

    static Map<Integer, Long> byStatus(List<Answer> answers) {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        answers.forEach(a -> counts.merge(a.status(), 1L, Long::sum));
        return counts;
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.nullNode();
        }
    }
}
