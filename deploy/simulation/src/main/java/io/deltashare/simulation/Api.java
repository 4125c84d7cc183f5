package io.deltashare.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The REST API as the simulation's clients call it: JSON in and out, a bearer token, an {@code Idempotency-Key} on
 * every POST kept across retries, and the manners of a good client: it waits out a 429 for as long as
 * {@code Retry-After} says and retries a gateway or service that is briefly unavailable. Anything else it is
 * answered is the caller's to judge; {@link #expect} turns an unexpected status into a failure that says what was
 * sent and what came back.
 */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ATTEMPTS = 8;

    /** An answer: its status and JSON body (a missing node when it had none). */
    record Answer(int status, JsonNode body) {

        String text(String field) {
            return body.path(field).asText(null);
        }
    }

    private final String baseUrl;
    private final HttpClient http;
    private final AtomicLong requests = new AtomicLong();

    Api(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** How many requests were sent, retries included. */
    long requests() {
        return requests.get();
    }

    Answer get(String token, String path) {
        return send("GET", token, path, null);
    }

    Answer post(String token, String path, Object body) {
        return send("POST", token, path, body);
    }

    Answer put(String token, String path, Object body) {
        return send("PUT", token, path, body);
    }

    /** {@code method path} must be answered {@code status}; its body. */
    JsonNode expect(int status, String method, String token, String path, Object body) {
        Answer answer = send(method, token, path, body);
        if (answer.status() != status) {
            throw new SimulationFailure(method + " " + path + " answered " + answer.status() + ", not " + status + ": "
                    + answer.body() + (body == null ? "" : " (sent " + json(body) + ")"));
        }
        return answer.body();
    }

    /**
     * Sends {@code method path} until it is answered as {@code done} says, a fresh request each time, for at most
     * {@code patience}: for the steps that wait on another service hearing of an event (a voucher the booking service
     * has not heard of yet is refused until it has). Fails with the last answer.
     */
    Answer until(Duration patience, String method, String token, String path, Object body, Predicate<Answer> done) {
        long deadline = System.nanoTime() + patience.toNanos();
        Answer answer = send(method, token, path, body);
        while (!done.test(answer)) {
            if (System.nanoTime() > deadline) {
                throw new SimulationFailure(method + " " + path + " still answered " + answer.status() + " after "
                        + patience.toSeconds() + " s: " + answer.body());
            }
            pause(Duration.ofMillis(250));
            answer = send(method, token, path, body);
        }
        return answer;
    }

    private Answer send(String method, String token, String path, Object body) {
        String key = UUID.randomUUID().toString();
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create(path.startsWith("http") ? path : baseUrl + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json")
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(json(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (method.equals("POST")) {
                request.header("Idempotency-Key", key);
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            requests.incrementAndGet();
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (attempt < ATTEMPTS && (status == 429 || status == 502 || status == 503 || status == 504)) {
                    long seconds = response.headers()
                            .firstValue("Retry-After")
                            .map(Long::parseLong)
                            .orElse((long) attempt);
                    pause(Duration.ofSeconds(Math.min(seconds, 30)));
                    continue;
                }
                return new Answer(status, parse(response.body()));
            } catch (IOException e) {
                if (attempt >= ATTEMPTS) {
                    throw new UncheckedIOException(method + " " + path + " failed " + ATTEMPTS + " times", e);
                }
                pause(Duration.ofSeconds(attempt));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SimulationFailure("interrupted during " + method + " " + path);
            }
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimulationFailure("interrupted");
        }
    }
}
