package com.opsledger.infra.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Body handlers for tests that call every endpoint: an event stream answers its status and headers and is then closed
 * by the client, rather than read until the server ends it minutes later.
 */
final class OpenStreams {

    private OpenStreams() {
    }

    static <T> HttpResponse.BodyHandler<T> statusOnly() {
        return info -> HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofInputStream(),
                OpenStreams::closed);
    }

    static HttpResponse.BodyHandler<String> bodyUnlessStream() {
        return info -> info.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")
                ? HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofInputStream(), in -> {
                    closed(in);
                    return "";
                })
                : HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
    }

    private static <T> T closed(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // the connection is gone already
        }
        return null;
    }
}
