package io.deltashare.gateway.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.deltashare.apidocs.OpenApiMerge;
import io.deltashare.apidocs.asyncapi.AsyncApiDocuments;
import io.deltashare.gateway.GatewayConfig;
import io.deltashare.gateway.Problems;
import io.deltashare.gateway.RateLimits;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * at {@code /q/swagger-ui} offers them all. {@code /asyncapi/events} and {@code /asyncapi/webhooks} are the AsyncAPI
 * documents of the Kafka events and of what partners receive, built from the contracts, and {@code /asyncapi/} renders
 * them. A service that does not answer is left out and named in the description.
 */
@ApplicationScoped
public class ApiDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String GATEWAY = "gateway";
    private static final String ALL = "*";
    /** The rate-limit tier of documentation reads, per client address. */
    static final String DOCUMENTATION = "documentation";

    /** The AsyncAPI 3.0 documents of the Kafka events and of the partner webhooks, as built from the contracts. */
    static final String ASYNCAPI_EVENTS = builtIn(AsyncApiDocuments.EVENTS);

    static final String ASYNCAPI_WEBHOOKS = builtIn(AsyncApiDocuments.WEBHOOKS);

    private final GatewayConfig config;
    private final RateLimits rateLimits;
    private final HttpClient http;
    /**
     * Complete documents as sent, for {@code gateway.api-docs-cache-for}: a caller no longer makes the gateway fetch
     * from every service. A document missing a service is not kept, so it is asked again next time.
     */
    private final Cache<String, String> answered;

    ApiDocuments(GatewayConfig config, RateLimits rateLimits) {
        this.config = config;
        this.rateLimits = rateLimits;
        this.http =
                HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
        this.answered = Caffeine.newBuilder()
                .expireAfterWrite(config.apiDocsCacheFor())
                .maximumSize(20)
                .build();
    }

    void install(@Observes Router router) {
        router.get("/openapi").handler(this::limited).blockingHandler(this::all, false);
        router.get("/openapi/:service").handler(this::limited).blockingHandler(this::one, false);
        router.getWithRegex("/asyncapi").handler(context -> context.redirect("/asyncapi/"));
        router.route("/asyncapi/*").order(-20).handler(ApiDocuments::ownOriginOnly);
        router.get("/asyncapi/events").handler(this::limited).handler(context -> send(context, ASYNCAPI_EVENTS));
        router.get("/asyncapi/webhooks").handler(this::limited).handler(context -> send(context, ASYNCAPI_WEBHOOKS));
    }

    /** The AsyncAPI page ({@code META-INF/resources/asyncapi}) and its documents load from this origin only. */
    private static void ownOriginOnly(RoutingContext context) {
        context.response()
                .putHeader(
                        "Content-Security-Policy",
                        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                                + "frame-ancestors 'none'; base-uri 'none'")
                .putHeader("X-Content-Type-Options", "nosniff");
        context.next();
    }

    /** A document this gateway was built with ({@code apidocs}' AsyncAPI documents). */
    private static String builtIn(String resource) {
        try (InputStream document = ApiDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (document == null) {
                throw new IllegalStateException(
                        resource + " is not on the classpath: the apidocs jar is built without it");
            }
            return new String(document.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documentation is public, so each client address has a budget of reads ({@code documentation} tier). */
    private void limited(RoutingContext context) {
        RateLimits.Verdict verdict =
                rateLimits.take("address:" + context.request().remoteAddress().hostAddress(), DOCUMENTATION);
        if (verdict.allowed()) {
            context.next();
            return;
        }
        context.response().putHeader("Retry-After", Long.toString(verdict.retryAfterSeconds()));
        Problems.send(
                context.response(),
                429,
                "rate-limited",
                "Too Many Requests",
                "the API documentation may be "
                        + "read " + verdict.limit() + " times per period from one address; try again in "
                        + verdict.retryAfterSeconds() + " s",
                context.request().path());
    }

    private void all(RoutingContext context) {
        String kept = answered.getIfPresent(ALL);
        if (kept != null) {
            send(context, kept);
            return;
        }
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String service : services(context)) {
            fetch(context, service)
                    .ifPresentOrElse(document -> documents.put(service, document), () -> missing.add(service));
        }
        String merged = text(OpenApiMerge.mergeAll(documents, missing));
        if (missing.isEmpty()) {
            answered.put(ALL, merged);
        }
        send(context, merged);
    }

    private void one(RoutingContext context) {
        String service = context.pathParam("service");
        if (!services(context).contains(service)) {
            Problems.send(
                    context.response(),
                    404,
                    "not-found",
                    "Not Found",
                    "no service named " + service.replaceAll("[^a-z-]", ""),
                    context.request().path());
            return;
        }
        String kept = answered.getIfPresent(service);
        if (kept != null) {
            send(context, kept);
            return;
        }
        fetch(context, service)
                .map(ApiDocuments::text)
                .ifPresentOrElse(
                        document -> {
                            answered.put(service, document);
                            send(context, document);
                        },
                        () -> Problems.send(
                                context.response(),
                                503,
                                "service-unavailable",
                                "Service Unavailable",
                                service + " did not answer; try again later",
                                context.request().path()));
    }

    /** The gateway first, then the services by name. */
    private List<String> services(RoutingContext context) {
        List<String> services = new ArrayList<>();
        services.add(GATEWAY);
        services.addAll(new TreeMap<>(config.upstream()).keySet());
        return services;
    }

    private Optional<JsonNode> fetch(RoutingContext context, String service) {
        String base = service.equals(GATEWAY)
                ? "http://127.0.0.1:" + context.request().localAddress().port()
                : config.upstream().get(service);
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json"))
                            .timeout(Duration.ofSeconds(5))
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(JSON.readTree(response.body())) : Optional.empty();
        } catch (IOException | IllegalArgumentException unreachable) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void send(RoutingContext context, String document) {
        context.response()
                .putHeader("Content-Type", "application/json")
                .putHeader(
                        "Cache-Control",
                        "public, max-age=" + config.apiDocsCacheFor().toSeconds())
                .end(document);
    }

    private static String text(JsonNode document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (IOException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }
}
