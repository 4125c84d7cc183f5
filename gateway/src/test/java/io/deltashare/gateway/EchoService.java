package io.deltashare.gateway;

import io.deltashare.testkit.process.FreePorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP service on localhost that the gateway routes booking and catalog paths to in its tests: it answers
 * with what it received (method, path, query, headers, body), a problem+json for {@code .../missing}, a bare 503
 * for {@code .../stopping}, never answers {@code .../silent}, and drops the connection without an answer
 * ({@code .../dies}) or halfway through one ({@code .../dies-answering}), as a killed service does; {@code /q/openapi} is a one-path OpenAPI document whose version counts how often it was fetched. Settlement is routed to a port where nothing listens.
 */
public class EchoService implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        return Map.of(
                "gateway.upstream.booking",
                serve("booking"),
                "gateway.upstream.instrument-catalog",
                serve("instrument-catalog"),
                "gateway.upstream.settlement",
                "http://127.0.0.1:" + FreePorts.next());
    }

    /** Starts an echo service that says it is {@code name}; returns its URL. */
    private String serve(String name) {
        int port = FreePorts.next();
        AtomicInteger documentsServed = new AtomicInteger();
        HttpServer server = vertx.createHttpServer()
                .requestHandler(request -> request.body().onSuccess(body -> {
                    if (request.path().endsWith("/silent")) {
                        return;
                    }
                    if (request.path().equals("/q/openapi")) {
                        // a tiny document whose "Thing" schema differs from service to service
                        request.response()
                                .putHeader("Content-Type", "application/json")
                                .end(new JsonObject()
                                        .put("openapi", "3.1.0")
                                        .put(
                                                "info",
                                                new JsonObject()
                                                        .put("title", name)
                                                        .put(
                                                                "version",
                                                                String.valueOf(
                                                                        documentsServed
                                                                                .incrementAndGet()))) // counts fetches
                                        .put(
                                                "paths",
                                                new JsonObject()
                                                        .put(
                                                                "/api/v1/" + name + "-things",
                                                                new JsonObject()
                                                                        .put(
                                                                                "get",
                                                                                new JsonObject()
                                                                                        .put(
                                                                                                "responses",
                                                                                                new JsonObject()
                                                                                                        .put(
                                                                                                                "200",
                                                                                                                new JsonObject()
                                                                                                                        .put(
                                                                                                                                "$ref",
                                                                                                                                "#/components/schemas/Thing"))))))
                                        .put(
                                                "components",
                                                new JsonObject()
                                                        .put(
                                                                "schemas",
                                                                new JsonObject()
                                                                        .put(
                                                                                "Thing",
                                                                                new JsonObject()
                                                                                        .put(
                                                                                                "description",
                                                                                                name + " page"))))
                                        .encode());
                        return;
                    }
                    if (request.path().endsWith("/dies")) {
                        // a service killed while it holds the request: the connection goes, no answer comes
                        request.connection().close();
                        return;
                    }
                    if (request.path().endsWith("/dies-answering")) {
                        // killed halfway through its answer
                        request.response()
                                .setStatusCode(200)
                                .putHeader("Content-Type", "application/json")
                                .setChunked(true)
                                .write("{\"half\": ");
                        vertx.setTimer(50, t -> request.connection().close());
                        return;
                    }
                    if (request.path().endsWith("/stopping")) {
                        // what Quarkus answers a new request while it shuts down: a bare 503
                        request.response().setStatusCode(503).end();
                        return;
                    }
                    if (request.path().endsWith("/missing")) {
                        request.response()
                                .setStatusCode(404)
                                .putHeader("Content-Type", "application/problem+json")
                                .end(new JsonObject()
                                        .put("type", "https://deltashare.io/problems/not-found")
                                        .put("title", "Not Found")
                                        .put("status", 404)
                                        .put("detail", "booking missing")
                                        .encode());
                        return;
                    }
                    JsonObject headers = new JsonObject();
                    request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                    request.response()
                            .setStatusCode(request.method().name().equals("POST") ? 201 : 200)
                            .putHeader("Content-Type", "application/json")
                            .putHeader("ETag", "\"7\"")
                            .end(new JsonObject()
                                    .put("service", name)
                                    .put("method", request.method().name())
                                    .put("path", request.path())
                                    .put("query", request.query())
                                    .put("headers", headers)
                                    .put("body", body.toString())
                                    .encode());
                }));
        try {
            server.listen(port, "127.0.0.1")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the echo service did not start", e);
        }
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
