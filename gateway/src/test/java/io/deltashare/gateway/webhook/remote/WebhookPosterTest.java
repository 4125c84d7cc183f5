package io.deltashare.gateway.webhook.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.gateway.webhook.domain.WebhookTargets;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A post ends within its bounds whatever the receiver does: against a real Vert.x client and a receiver on a loopback
 * socket that answers at once, or trickles its answer a byte at a time (each byte well within the idle timeout).
 */
class WebhookPosterTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private Vertx vertx;
    private ServerSocket receiver;

    @BeforeEach
    void start() throws IOException {
        vertx = Vertx.vertx();
        receiver = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void stop() throws IOException {
        receiver.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aReceiverThatTricklesItsAnswerIsCutOffAtTheRequestTimeout() throws Exception {
        // two thousand bytes at one every 100 ms would take 200 s; the idle timeout (1 s) never fires
        answerWith("HTTP/1.1 200 OK\r\nContent-Length: 2000\r\n\r\n", 2000, Duration.ofMillis(100));

        WebhookPoster.Answer answer = post().get(10, TimeUnit.SECONDS);

        assertThat(answer.delivered()).isFalse();
        assertThat(answer.error()).contains("no whole answer within 1000 ms");
        assertThat(answer.durationMs()).isLessThan(2 * (int) TIMEOUT.toMillis());
    }

    @Test
    void anAnswerIsReadToItsEndAndOnlyItsStatusCounts() throws Exception {
        answerWith(
                "HTTP/1.1 202 Accepted\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n", 100_000, Duration.ZERO);

        WebhookPoster.Answer answer = post().get(10, TimeUnit.SECONDS);

        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(answer.delivered()).isTrue();
        assertThat(answer.error()).isNull();
    }

    private CompletableFuture<WebhookPoster.Answer> post() {
        WebhookPoster poster = new WebhookPoster(TIMEOUT, vertx);
        URI uri = URI.create("http://127.0.0.1:" + receiver.getLocalPort() + "/hook");
        return poster.post(
                new WebhookTargets.Target(uri, InetAddress.getLoopbackAddress()), Map.of("X-Test", "1"), "{}");
    }

    /** Accepts one connection, reads the request's head and answers: the head at once, then the body's bytes. */
    private void answerWith(String head, int bodyBytes, Duration betweenBytes) {
        Thread answering = new Thread(() -> {
            try (Socket connection = receiver.accept()) {
                readHead(connection.getInputStream());
                OutputStream out = connection.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                if (betweenBytes.isZero()) {
                    out.write(new byte[bodyBytes]);
                }
                for (int i = 0; i < bodyBytes && !betweenBytes.isZero(); i++) {
                    out.write('x');
                    out.flush();
                    LockSupport.parkNanos(betweenBytes.toNanos());
                }
                out.flush();
            } catch (IOException closedByTheClient) {
                // the client cut the connection: what the trickling case expects
            }
        });
        answering.setDaemon(true);
        answering.start();
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int next = in.read();
            if (next < 0) {
                return;
            }
            matched = next == end[matched] ? matched + 1 : next == end[0] ? 1 : 0;
        }
    }
}
