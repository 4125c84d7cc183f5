package io.deltashare.gateway;

import io.deltashare.platform.security.Roles;
import io.netty.channel.EventLoop;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The front door for {@code /api/v1}: validates the bearer token (401 problem+json with {@code WWW-Authenticate}),
 * lets reads of the public catalog through without one (rate-limited per address, tier {@code anonymous}),
 * applies the caller's rate limit (429 with {@code Retry-After} and {@code RateLimit-*}), and streams the request to
 * the owning service with Vert.x's reverse proxy, token and all, so the service validates it again. Every answer
 * carries {@code X-Request-Id}; the W3C {@code traceparent} is passed on or started here. A service that is down,
 * silent for longer than the timeout, or stopping (its bare 503) gives a 503 problem+json.
 */
@ApplicationScoped
public class EdgeProxy {

    private static final String REQUEST_ID = "X-Request-Id";
    /** The rate-limit tier of requests without a valid token, per client address. */
    static final String UNVERIFIED = "unverified";
    /** The rate-limit tier of public reads without a token, per client address. */
    static final String ANONYMOUS = "anonymous";

    private final GatewayConfig config;
    private final RateLimits rateLimits;
    private final VerifiedTokens verifiedTokens;
    private final AccessLog accessLog;
    private final Vertx vertx;
    private final HttpClientOptions clientOptions;
    /**
     * One client per event loop: a client opens its connections on the event loop that asks, so a request and its
     * upstream connection stay on one thread. With one shared client, a pooled connection of another event loop
     * would serve it, and every write and answer would cross threads (a task hand-over and a wake-up each).
     */
    private final Map<EventLoop, HttpClient> clients = new ConcurrentHashMap<>();
    /** Each service's address, resolved once rather than parsed from its URL on every request. */
    private final Map<String, SocketAddress> upstreams = new HashMap<>();

    EdgeProxy(
            GatewayConfig config,
            RateLimits rateLimits,
            VerifiedTokens verifiedTokens,
            AccessLog accessLog,
            Vertx vertx) {
        this.config = config;
        this.rateLimits = rateLimits;
        this.verifiedTokens = verifiedTokens;
        this.accessLog = accessLog;
        this.vertx = vertx;
        config.upstream().forEach((service, url) -> {
            URI upstream = URI.create(url);
            upstreams.put(service, SocketAddress.inetSocketAddress(upstream.getPort(), upstream.getHost()));
        });
        this.clientOptions = new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(64)
                .setKeepAlive(true);
    }

    /** The client of the calling thread's event loop. */
    private HttpClient client() {
        EventLoop eventLoop = ((ContextInternal) vertx.getOrCreateContext()).nettyEventLoop();
        HttpClient client = clients.get(eventLoop);
        if (client == null) {
            client = clients.computeIfAbsent(eventLoop, loop -> vertx.createHttpClient(clientOptions));
        }
        return client;
    }

    @PreDestroy
    void close() {
        clients.values().forEach(HttpClient::close);
    }

    void install(@Observes Router router) {
        router.route("/api/v1/*").order(-10).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        request.pause();
        long started = System.nanoTime();
        String sentId = request.getHeader(REQUEST_ID);
        String requestId = TraceHeaders.isRequestId(sentId) ? sentId : newRequestId();
        request.response().putHeader(REQUEST_ID, requestId);
        Optional<String> owner = Routes.serviceOf(request.path());
        if (owner.isEmpty()) {
            Problems.send(
                    request.response(),
                    404,
                    "not-found",
                    "Not Found",
                    "no service answers " + request.path(),
                    request.path());
            log(request, "-", "-", 404, started, requestId);
            return;
        }
        String service = owner.get();
        long bodyLimit = bodyLimit(request);
        if (declaredLength(request) > bodyLimit) {
            Problems.send(
                    request.response(),
                    413,
                    "payload-too-large",
                    "Payload Too Large",
                    "the request body of " + request.getHeader("Content-Length") + " bytes is over the limit of "
                            + bodyLimit + " bytes",
                    request.path());
            log(request, "-", service, 413, started, requestId);
            return;
        }
        String authorization = request.getHeader("Authorization");
        Optional<RateLimitKey> known =
                service.equals(Routes.GATEWAY) ? Optional.empty() : verifiedTokens.lookup(authorization);
        if (known.isPresent()) {
            admitted(context, known.get(), service, requestId, started);
            return;
        }
        String address = "address:" + request.remoteAddress().hostAddress();
        if (authorization == null && Routes.isPublic(request.method().name(), request.path())) {
            admitted(context, new RateLimitKey("anonymous:" + address, ANONYMOUS), service, requestId, started);
            return;
        }
        // a request without a token the edge knows costs a signature check: each address has a budget of failures
        RateLimits.Verdict room = rateLimits.peek(address, UNVERIFIED);
        if (!room.allowed()) {
            request.response().putHeader("Retry-After", Long.toString(room.retryAfterSeconds()));
            Problems.send(
                    request.response(),
                    429,
                    "rate-limited",
                    "Too Many Requests",
                    "too many requests without a " + "valid token came from this address; try again in "
                            + room.retryAfterSeconds() + " s",
                    request.path());
            log(request, address, service, 429, started, requestId);
            return;
        }
        // a token that fails validation is answered here, in problem+json, instead of by Quarkus's bare challenge
        BiConsumer<RoutingContext, Throwable> invalidToken = (failed, failure) -> {
            if (!failed.response().ended()) {
                rateLimits.take(address, UNVERIFIED);
                failed.response().putHeader("WWW-Authenticate", "Bearer realm=\"deltashare\", error=\"invalid_token\"");
                Problems.send(
                        failed.response(),
                        401,
                        "unauthorized",
                        "Unauthorized",
                        failure instanceof AuthenticationFailedException
                                ? "the bearer token is not valid or has expired"
                                : "the token could not be checked",
                        request.path());
                log(request, "invalid-token", service, 401, started, requestId);
            }
        };
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, invalidToken);
        Uni<SecurityIdentity> identity = context.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        identity.subscribe()
                .with(
                        who -> {
                            if (who == null || who.isAnonymous()) {
                                rateLimits.take(address, UNVERIFIED);
                                request.response().putHeader("WWW-Authenticate", "Bearer realm=\"deltashare\"");
                                Problems.send(
                                        request.response(),
                                        401,
                                        "unauthorized",
                                        "Unauthorized",
                                        "send a bearer token from realm deltashare",
                                        request.path());
                                log(request, "anonymous", service, 401, started, requestId);
                                return;
                            }
                            RateLimitKey caller = RateLimitKey.of(who, rateLimits);
                            verifiedTokens.remember(authorization, who, caller);
                            admitted(context, caller, service, requestId, started);
                        },
                        failure -> invalidToken.accept(context, failure));
    }

    private void admitted(RoutingContext context, RateLimitKey caller, String service, String requestId, long started) {
        HttpServerRequest request = context.request();
        RateLimits.Verdict verdict = rateLimits.take(caller.key(), caller.tier());
        request.response()
                .putHeader("RateLimit-Limit", Long.toString(verdict.limit()))
                .putHeader("RateLimit-Remaining", Long.toString(verdict.remaining()))
                .putHeader("RateLimit-Reset", Long.toString(verdict.resetSeconds()));
        if (!verdict.allowed()) {
            request.response().putHeader("Retry-After", Long.toString(verdict.retryAfterSeconds()));
            Problems.send(
                    request.response(),
                    429,
                    "rate-limited",
                    "Too Many Requests",
                    "the rate limit of " + verdict.limit() + " requests is used up; try again in "
                            + verdict.retryAfterSeconds() + " s",
                    request.path());
            log(request, caller.key(), service, 429, started, requestId);
            return;
        }
        if (service.equals(Routes.GATEWAY)) {
            context.addEndHandler(done ->
                    log(request, caller.key(), service, request.response().getStatusCode(), started, requestId));
            request.resume();
            context.next();
            return;
        }
        forward(request, caller, service, requestId, started);
    }

    private static final java.util.Set<HttpMethod> BODY_METHODS =
            java.util.Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    /** The largest body the request may carry: an upload's limit for an upload, else the API's. */
    private long bodyLimit(HttpServerRequest request) {
        return Routes.isUpload(request.method().name(), request.path())
                ? config.maxUploadSize().asLongValue()
                : config.maxBodySize().asLongValue();
    }

    private void forward(
            HttpServerRequest request, RateLimitKey caller, String service, String requestId, long started) {
        ProxyRequest proxyRequest = ProxyRequest.reverseProxy(request);
        if (request.version() == HttpVersion.HTTP_2
                && !request.headers().contains(HttpHeaders.CONTENT_LENGTH)
                && BODY_METHODS.contains(request.method())) {
            // HTTP/2 frames a body without Content-Length or Transfer-Encoding; the proxy would then send the service
            // an HTTP/1.1 request with no framing at all, that is an empty body. It reads this header of the caller's
            // request (after copying the headers it forwards) to send the body chunked instead.
            request.headers().set(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED);
        }
        proxyRequest.headers().set(REQUEST_ID, requestId);
        if (!TraceHeaders.isTraceparent(request.getHeader("traceparent"))) {
            proxyRequest.headers().set("traceparent", newTraceparent());
            proxyRequest.headers().remove("tracestate"); // it belongs to the trace just dropped
        }
        RequestOptions options = new RequestOptions()
                .setServer(upstreams.get(service))
                .setIdleTimeout(config.upstreamTimeout().toMillis());
        client().request(options)
                .compose(proxyRequest::send)
                .onSuccess(response -> {
                    if (response.getStatusCode() == 413 && !isProblem(response)) {
                        // a body sent without its length, stopped by the service's own limit
                        response.release();
                        Problems.send(
                                request.response(),
                                413,
                                "payload-too-large",
                                "Payload Too Large",
                                "the request body is over the limit of " + bodyLimit(request) + " bytes",
                                request.path());
                        log(request, caller.key(), service, 413, started, requestId);
                        return;
                    }
                    if (isBareUnavailable(response)) {
                        // a service that is stopping (or a proxy before it) says 503 without a problem: say it in one
                        int upstream = response.getStatusCode();
                        response.release();
                        request.response().putHeader("Retry-After", "5");
                        Problems.send(
                                request.response(),
                                503,
                                "service-unavailable",
                                "Service Unavailable",
                                service + " is not taking requests just now (it answered " + upstream
                                        + "); try again shortly",
                                request.path());
                        log(request, caller.key(), service, 503, started, requestId);
                        return;
                    }
                    response.putHeader(REQUEST_ID, requestId);
                    response.send()
                            .onComplete(done ->
                                    log(request, caller.key(), service, response.getStatusCode(), started, requestId));
                })
                .onFailure(failure -> {
                    releaseQuietly(proxyRequest);
                    if (request.response().closed()) { // the caller hung up first: nginx's 499, not a 503
                        log(request, caller.key(), service, 499, started, requestId);
                        return;
                    }
                    if (!request.response().headWritten()) {
                        Problems.send(
                                request.response(),
                                503,
                                "service-unavailable",
                                "Service Unavailable",
                                service + " did not answer ("
                                        + failure.getClass().getSimpleName() + "); try again later",
                                request.path());
                    } else {
                        request.response().reset();
                    }
                    log(request, caller.key(), service, 503, started, requestId);
                });
    }

    /**
     * Gives the caller's request back to the gateway. Over HTTP/2 a request whose body was read already refuses to
     * be resumed (IllegalStateException); that must not keep the caller from its 503, as it did when a service died
     * holding a request: the stream then hung until the caller gave up.
     */
    private static void releaseQuietly(ProxyRequest proxyRequest) {
        try {
            proxyRequest.release();
        } catch (IllegalStateException alreadyRead) {
            // nothing left to give back
        }
    }

    /** A 502, 503 or 504 whose body is not a problem: the service did not answer the request itself. */
    private static boolean isBareUnavailable(ProxyResponse response) {
        int status = response.getStatusCode();
        return status >= 502 && status <= 504 && !isProblem(response);
    }

    private static boolean isProblem(ProxyResponse response) {
        String type = response.headers().get("Content-Type");
        return type != null && type.startsWith(Problems.MEDIA_TYPE);
    }

    /** The body length the caller declared, or -1 (none declared, or not a number: Vert.x then refuses it itself). */
    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    /**
     * Request and trace ids need to be unique, not unguessable: a thread-local generator, not SecureRandom, whose
     * shared lock every request would queue on.
     */
    private static String newTraceparent() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "00-" + hex(random.nextLong() | 1) + hex(random.nextLong()) + "-" + hex(random.nextLong() | 1) + "-01";
    }

    private static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // a version-4 UUID: the version and variant bits set as UUID.randomUUID() sets them
        return new UUID(random.nextLong() & ~0xf000L | 0x4000L, random.nextLong() & ~(0xcL << 60) | (0x8L << 60))
                .toString();
    }

    private static String hex(long value) {
        return HexFormat.of().withLowerCase().toHexDigits(value);
    }

    private void log(
            HttpServerRequest request, String caller, String service, int status, long started, String requestId) {
        if (accessLog.enabled()) {
            accessLog.record(new AccessLog.Entry(
                    System.currentTimeMillis(),
                    request.method().name(),
                    request.path(),
                    protocol(request.version()),
                    service,
                    status,
                    (System.nanoTime() - started) / 1000,
                    caller,
                    requestId));
        }
    }

    private static String protocol(HttpVersion version) {
        return switch (version) {
            case HTTP_1_0 -> "HTTP/1.0";
            case HTTP_1_1 -> "HTTP/1.1";
            case HTTP_2 -> "HTTP/2";
        };
    }

    /** Who calls, as far as rate limits and the access log care; remembered with the verified token. */
    record RateLimitKey(String key, String tier) {

        static RateLimitKey of(SecurityIdentity identity, RateLimits rateLimits) {
            List<String> names = new ArrayList<>();
            String key = identity.getPrincipal().getName();
            if (identity.getPrincipal() instanceof JsonWebToken token) {
                Object client = token.getClaim("azp");
                if (identity.hasRole(Roles.PARTNER) && client != null) {
                    key = "client:" + client;
                }
                if (client != null) {
                    names.add(client.toString());
                }
                Object organizations = token.getClaim("organization");
                if (organizations instanceof Map<?, ?> byAlias) {
                    byAlias.keySet().forEach(alias -> names.add(alias.toString()));
                }
                Object user = token.getClaim("preferred_username");
                if (user != null) {
                    names.add(user.toString());
                }
            }
            return new RateLimitKey(key, rateLimits.tierOf(names, identity.hasRole(Roles.PARTNER)));
        }
    }
}
