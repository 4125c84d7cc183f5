package io.deltashare.gateway.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deltashare.gateway.GatewayConfig;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The API documentation at the front door: {@code /openapi} is one document for the whole API (every service's and
 * the gateway's own webhooks), {@code /openapi/<service>} one service's, both read live from the services; Swagger UI
 * at {@code /q/swagger-ui} offers them all. A service that does not answer is left out and named in the description.
 */
@ApplicationScoped
public class ApiDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String GATEWAY = "gateway";

    private final GatewayConfig config;
    private final HttpClient http;

    ApiDocuments(GatewayConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
    }

    void install(@Observes Router router) {
        router.get("/openapi").blockingHandler(this::all, false);
        router.get("/openapi/:service").blockingHandler(this::one, false);
    }

    private void all(RoutingContext context) {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String service : services(context)) {
            fetch(context, service).ifPresentOrElse(document -> documents.put(service, document), () -> missing.add(service));
        }
        String description = "Every DeltaShare API behind the gateway: " + String.join(", ", documents.keySet()) + "."
                + (missing.isEmpty() ? "" : " Not answering now, so not listed: " + String.join(", ", missing) + ".");
        send(context, OpenApiMerge.merge("DeltaShare API", description, documents));
    }

    private void one(RoutingContext context) {
        String service = context.pathParam("service");
        if (!services(context).contains(service)) {
            context.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                    .end("{\"type\":\"https://deltashare.io/problems/not-found\",\"title\":\"Not Found\",\"status\":404,"
                            + "\"detail\":\"no service named " + service.replaceAll("[^a-z-]", "") + "\"}");
            return;
        }
        fetch(context, service).ifPresentOrElse(document -> send(context, document), () ->
                context.response().setStatusCode(503).putHeader("Content-Type", "application/problem+json")
                        .end("{\"type\":\"https://deltashare.io/problems/service-unavailable\",\"title\":"
                                + "\"Service Unavailable\",\"status\":503,\"detail\":\"" + service
                                + " did not answer; try again later\"}"));
    }

    /** The gateway first, then the services by name. */
    private List<String> services(RoutingContext context) {
        List<String> services = new ArrayList<>();
        services.add(GATEWAY);
        services.addAll(new TreeMap<>(config.upstream()).keySet());
        return services;
    }

    private Optional<JsonNode> fetch(RoutingContext context, String service) {
        String base = service.equals(GATEWAY) ? "http://127.0.0.1:" + context.request().localAddress().port()
                : config.upstream().get(service);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json"))
                    .timeout(Duration.ofSeconds(5)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(JSON.readTree(response.body())) : Optional.empty();
        } catch (IOException | IllegalArgumentException unreachable) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static void send(RoutingContext context, JsonNode document) {
        try {
            context.response().putHeader("Content-Type", "application/json").end(JSON.writeValueAsString(document));
        } catch (IOException cannotHappen) {
            context.fail(cannotHappen);
        }
    }
}
