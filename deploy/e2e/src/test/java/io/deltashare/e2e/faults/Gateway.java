package io.deltashare.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deltashare.testkit.keycloak.Tokens;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The load's client: plain HTTP through the gateway with the demo users' real tokens, every call recorded. A call
 * that gets no answer within {@link #HANG} counts as a hang: the gateway promises an answer (503 at worst) sooner.
 */
final class Gateway {

    /** Longer than the gateway's upstream timeout (15 s): past this the gateway itself failed to answer. */
    static final Duration HANG = Duration.ofSeconds(25);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TOKEN_LIFE = Duration.ofSeconds(60);

    /** An answer: status 0 means none (see {@code failure}). */
    record Answer(int status, JsonNode body, Calls.Failure failure) {

        boolean is(int expected) {
            return status == expected;
        }

        /** No answer, or the gateway's or a service's "not now": worth trying again. */
        boolean passing() {
            return status == 0 || status == 503 || status == 502 || status == 504;
        }

        String text(String jsonPath) {
            JsonNode node = body;
            for (String field : jsonPath.split("\\.")) {
                node = node == null ? null : node.path(field);
            }
            return node == null || node.isMissingNode() || node.isNull() ? null : node.asText();
        }
    }

    private record Token(String value, Instant fetched) {}

    private final String base;
    private final Tokens tokens;
    private final Calls calls;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Map<String, Token> tokenCache = new ConcurrentHashMap<>();

    Gateway(String base, Tokens tokens, Calls calls) {
        this.base = base;
        this.tokens = tokens;
        this.calls = calls;
    }

    Answer get(String user, String path) {
        return call(user, "GET", path, null, null);
    }

    Answer post(String user, String path, Object body, String idempotencyKey) {
        return call(user, "POST", path, body, idempotencyKey);
    }

    private Answer call(String user, String method, String path, Object body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(HANG)
                .header("Authorization", "Bearer " + token(user))
                .header("Accept", "application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            request.method(
                    method,
                    body == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        Instant at = Instant.now();
        long started = System.nanoTime();
        String template = path.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}")
                .replaceAll("\\?.*", "");
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse(null);
            calls.add(new Calls.Call(
                    at,
                    Duration.ofNanos(System.nanoTime() - started),
                    method,
                    template,
                    response.statusCode(),
                    type,
                    Calls.Failure.NONE));
            JsonNode json = response.body().isBlank() ? JSON.createObjectNode() : readOrText(response.body());
            return new Answer(response.statusCode(), json, Calls.Failure.NONE);
        } catch (HttpTimeoutException e) {
            return failed(at, started, method, template, Calls.Failure.TIMEOUT);
        } catch (ConnectException e) {
            return failed(at, started, method, template, Calls.Failure.REFUSED);
        } catch (IOException e) {
            return failed(at, started, method, template, Calls.Failure.BROKEN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(at, started, method, template, Calls.Failure.BROKEN);
        }
    }

    private Answer failed(Instant at, long started, String method, String path, Calls.Failure failure) {
        calls.add(new Calls.Call(at, Duration.ofNanos(System.nanoTime() - started), method, path, 0, null, failure));
        return new Answer(0, JSON.createObjectNode(), failure);
    }

    private static JsonNode readOrText(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.createObjectNode().put("text", body);
        }
    }

    private String token(String user) {
        Token cached = tokenCache.get(user);
        if (cached == null || cached.fetched().isBefore(Instant.now().minus(TOKEN_LIFE))) {
            String value = user.startsWith("client:")
                    ? tokens.forClient(user.substring(7), "partner-demo-secret")
                    : tokens.forUser(user, "demo");
            cached = new Token(value, Instant.now());
            tokenCache.put(user, cached);
        }
        return cached.value();
    }
}
