package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sign-ins over plain HTTP from a loopback address of the test's choosing (any of 127.0.0.0/8), so that what the
 * application counts per client address sees a client of the test's own, apart from every other test's 127.0.0.1.
 */
final class SignInFrom {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, Map<String, String> headers, JsonNode body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String type() {
            return body.path("type").asText();
        }
    }

    private SignInFrom() {
    }

    static Answer login(int port, String clientAddress, String username, String password) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(clientAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(60_000);
            byte[] body = JSON.writeValueAsBytes(Map.of("username", username, "password", password));
            String head = "POST /api/v1/auth/login HTTP/1.0\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String[] lines = answer.substring(0, split).split("\r\n");
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            String text = answer.substring(split + 4);
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers,
                    text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
