package io.deltashare.gateway.webhook.remote;

import io.deltashare.gateway.webhook.application.WebhookConfig;
import io.deltashare.gateway.webhook.domain.WebhookTargets;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Posts a webhook body to a partner's endpoint over HTTP(S): to the address the target check resolved, never
 * resolving the host again (so DNS rebinding between check and connection cannot reach an inner address), with the
 * host name for the {@code Host} header, SNI and certificate verification. Redirects are not followed.
 */
@ApplicationScoped
public class WebhookPoster {

    /** What came of one post: the status code, or why there was none, and how long it took. */
    public record Answer(Integer statusCode, String error, int durationMs) {

        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final HttpClient http;
    private final long idleTimeoutMillis;

    WebhookPoster(WebhookConfig config, Vertx vertx) {
        this.idleTimeoutMillis = config.requestTimeout().toMillis();
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.requestTimeout().toMillis())
                .setVerifyHost(true)
                .setForceSni(true)
                .setKeepAlive(false)
                .setMaxPoolSize(64));
    }

    /** Posts {@code payload} (JSON) with {@code headers} to {@code target}; never fails, the answer says what went wrong. */
    public CompletableFuture<Answer> post(WebhookTargets.Target target, Map<String, String> headers, String payload) {
        long started = System.nanoTime();
        String host = target.uri().getHost().replace("[", "").replace("]", "");
        String path =
                target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty()
                        ? "/"
                        : target.uri().getRawPath();
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(
                        target.port(), target.address().getHostAddress()))
                .setHost(host)
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(
                        target.uri().getRawQuery() == null
                                ? path
                                : path + "?" + target.uri().getRawQuery())
                .setFollowRedirects(false)
                .setIdleTimeout(idleTimeoutMillis)
                .putHeader("Content-Type", "application/json");
        headers.forEach(request::putHeader);
        return http.request(request)
                .compose(sending -> sending.send(payload))
                .compose(answer -> answer.body().map(ignored -> answer.statusCode()))
                .toCompletionStage()
                .toCompletableFuture()
                .handle((status, failure) -> {
                    int millis = (int) ((System.nanoTime() - started) / 1_000_000);
                    return failure == null
                            ? new Answer(status, null, millis)
                            : new Answer(null, describe(failure), millis);
                });
    }

    private static String describe(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
