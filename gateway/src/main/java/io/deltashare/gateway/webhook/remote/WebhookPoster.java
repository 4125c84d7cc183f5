package io.deltashare.gateway.webhook.remote;

import io.deltashare.gateway.webhook.application.WebhookConfig;
import io.deltashare.gateway.webhook.domain.WebhookTargets;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Posts a webhook body to a partner's endpoint over HTTP(S): to the address the target check resolved, never
 * resolving the host again (so DNS rebinding between check and connection cannot reach an inner address), with the
 * host name for the {@code Host} header, SNI and certificate verification. Redirects are not followed.
 * <p>
 * Every post ends within about twice the request timeout, whatever the receiver does: one timeout to get a connection
 * (waiting for the pool included), one for the whole exchange after it. An idle timeout alone restarts with every
 * byte, so a receiver that trickled its answer would hold the worker's pass, and every partner's deliveries behind it,
 * for as long as it liked. The answer's body is read and dropped, never buffered: only its status counts.
 */
@ApplicationScoped
public class WebhookPoster {

    /** What came of one post: the status code, or why there was none, and how long it took. */
    public record Answer(Integer statusCode, String error, int durationMs) {

        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final Vertx vertx;
    private final HttpClient http;
    private final long timeoutMillis;

    @Inject
    WebhookPoster(WebhookConfig config, Vertx vertx) {
        this(config.requestTimeout(), vertx);
    }

    WebhookPoster(Duration requestTimeout, Vertx vertx) {
        this.vertx = vertx;
        this.timeoutMillis = requestTimeout.toMillis();
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeoutMillis)
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
                .setConnectTimeout(timeoutMillis)
                .setIdleTimeout(timeoutMillis)
                .putHeader("Content-Type", "application/json");
        headers.forEach(request::putHeader);
        return http.request(request)
                .compose(sending -> exchange(sending, payload))
                .toCompletionStage()
                .toCompletableFuture()
                .handle((status, failure) -> {
                    int millis = (int) ((System.nanoTime() - started) / 1_000_000);
                    return failure == null
                            ? new Answer(status, null, millis)
                            : new Answer(null, describe(failure), millis);
                });
    }

    /** Sends the body and reads the answer to its end, cut off (the connection closed) at the request timeout. */
    private Future<Integer> exchange(HttpClientRequest sending, String payload) {
        AtomicBoolean expired = new AtomicBoolean();
        long deadline = vertx.setTimer(timeoutMillis, fired -> {
            expired.set(true);
            sending.reset();
        });
        return sending.send(payload)
                .compose(answer -> answer.handler(dropped -> {}).end().map(ended -> answer.statusCode()))
                .recover(failure -> Future.failedFuture(
                        expired.get()
                                ? new TimeoutException("no whole answer within " + timeoutMillis + " ms")
                                : failure))
                .andThen(done -> vertx.cancelTimer(deadline));
    }

    private static String describe(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
