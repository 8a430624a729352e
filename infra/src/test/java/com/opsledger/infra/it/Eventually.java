package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.function.Predicate;

/** Polls a GET until its body satisfies a condition, for read models that follow other streams than the caller's. */
final class Eventually {

    private Eventually() {
    }

    static JsonNode get(Api api, String path, Predicate<JsonNode> condition) {
        long deadline = System.currentTimeMillis() + 15_000;
        JsonNode body = null;
        while (System.currentTimeMillis() < deadline) {
            Api.Response response = api.get(path);
            body = response.body();
            if (response.status() == 200 && condition.test(body)) {
                return body;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("condition not met within 15 s on " + path + "; last body: " + body);
    }
}
