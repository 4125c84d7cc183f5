package io.deltashare.gateway.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.testkit.bench.CpuUse;
import io.deltashare.testkit.bench.Machine;
import io.deltashare.testkit.bench.Wrk;
import io.deltashare.testkit.keycloak.Keycloak;
import io.deltashare.testkit.process.FreePorts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A simple GET three ways in one run: straight to the service, through the gateway (token check, rate limit, request
 * id, trace context, access log, Vert.x proxy), and through nginx as a plain reverse proxy to the same service; wrk
 * makes the load, the three ways taking turns for a few rounds, and the report gives each round and the medians.
 * The service is the tests' minimal upstream (a fixed-size JSON answer), so the figures show what the proxies cost,
 * not what a service does. Not part of the test suite; run it with (see the gateway README):
 *
 * <pre>./mvnw -q install -DskipTests &amp;&amp; ./mvnw -Pbenchmark -pl gateway verify</pre>
 *
 * It needs {@code nginx} and {@code wrk} on the PATH (Debian: {@code apt-get install nginx wrk}) and writes
 * {@code target/benchmark/gateway-overhead.md}.
 */
@QuarkusTest
@TestProfile(GatewayOverheadBenchmark.Profile.class)
class GatewayOverheadBenchmark {

    private static final int CONNECTIONS = Integer.getInteger("benchmark.connections", 16);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 15);
    private static final int WARMUP_SECONDS = Integer.getInteger("benchmark.warmup", 60);
    private static final String THIS_JVM = "gateway JVM (with the upstream service)";
    private static final String PATH = "/api/v1/instruments/42";

    /**
     * How the access log is written: {@code log} (the default: one log record per request, category
     * {@code io.deltashare.gateway.access}) or {@code file} (JSON lines in a file of its own, as nginx keeps its own;
     * {@code gateway.access-log-file}).
     */
    private static final String ACCESS_LOG = System.getProperty("benchmark.access-log", "log");

    /**
     * No rate limit in the way of the load; the log in a file that rotates (the console would be Maven's), and the
     * access log as {@link #ACCESS_LOG} says.
     */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new java.util.HashMap<>(Map.of(
                    "gateway.rate-limit.tiers.benchmark.capacity", "1000000000",
                    "gateway.rate-limit.assignments.js-biomed", "benchmark",
                    "quarkus.log.console.enabled", "false",
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", "target/benchmark/gateway.log",
                    "quarkus.log.file.rotation.max-file-size", "64M",
                    "quarkus.log.file.rotation.max-backup-index", "4"));
            switch (ACCESS_LOG) {
                case "file" -> config.put("gateway.access-log-file", "target/benchmark/access.jsonl");
                case "log" -> {}
                default -> throw new IllegalArgumentException("-Dbenchmark.access-log is log or file: " + ACCESS_LOG);
            }
            return config;
        }
    }

    /** One wrk run's figures. */
    record Figures(String name, double requestsPerSecond, double p50Ms, double p99Ms, String cpu) {}

    /** The three ways measured one after the other. */
    record Round(Figures direct, Figures gateway, Figures nginx) {

        double gatewayShareOfNginx() {
            return gateway.requestsPerSecond() / nginx.requestsPerSecond();
        }
    }

    @TestHTTPResource(PATH)
    URL gateway;

    @Test
    void gatewayNextToTheServiceAndNginx() throws Exception {
        String service = ConfigProvider.getConfig().getValue("gateway.upstream.instrument-catalog", String.class);
        String token = Keycloak.shared().tokens().forUser("firm.js-biomed", "demo");
        Path work = Files.createDirectories(Path.of("target/benchmark/nginx"));
        int nginxPort = FreePorts.next();
        Process nginx = startNginx(work, nginxPort, service);
        Machine machine = Machine.watch();
        try {
            wrk(gateway.toString(), token, WARMUP_SECONDS); // the JIT compiles the gateway's hot paths
            // the three ways take turns, so a slow minute of this shared machine does not fall on one of them only
            List<Round> rounds = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                rounds.add(new Round(
                        measure("service directly", service + PATH, token),
                        measure("through the gateway", gateway.toString(), token),
                        measure("through nginx", "http://127.0.0.1:" + nginxPort + PATH, token)));
            }
            report(rounds, machine);
        } finally {
            nginx.destroy();
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        }
    }

    private static Figures measure(String name, String url, String token) throws Exception {
        Map<String, Duration> before = CpuUse.byProcessGroup(THIS_JVM);
        Wrk.Run run = wrk(url, token, SECONDS);
        String cpu = CpuUse.cores(before, CpuUse.byProcessGroup(THIS_JVM), SECONDS);
        assertThat(run.output())
                .as("wrk output for %s", name)
                .doesNotContain("Non-2xx")
                .doesNotContain("Socket errors");
        return new Figures(name, run.requestsPerSecond(), run.p50Ms(), run.p99Ms(), cpu);
    }

    private static void report(List<Round> rounds, Machine machine) throws Exception {
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < rounds.size(); i++) {
            for (Figures f : List.of(
                    rounds.get(i).direct(),
                    rounds.get(i).gateway(),
                    rounds.get(i).nginx())) {
                table.append(String.format(
                        Locale.ROOT,
                        "| %d | %s | %.0f | %.3f | %.3f | %s |%n",
                        i + 1,
                        f.name(),
                        f.requestsPerSecond(),
                        f.p50Ms(),
                        f.p99Ms(),
                        f.cpu()));
            }
        }
        double directP50 = median(rounds, r -> r.direct().p50Ms());
        double gatewayP50 = median(rounds, r -> r.gateway().p50Ms());
        double nginxP50 = median(rounds, r -> r.nginx().p50Ms());
        String shares = rounds.stream()
                .map(r -> String.format(Locale.ROOT, "%.1f %%", 100 * r.gatewayShareOfNginx()))
                .collect(Collectors.joining(", "));
        String report = String.format(
                Locale.ROOT,
                """
                # GET %s, wrk with %d connections, %d rounds of %d s each way after a %d s warm-up of the gateway

                The gateway's access log: %s.

                | round | | requests/s | p50 ms | p99 ms | CPU in cores |
                |---|---|---|---|---|---|
                %s
                Medians: service %.0f, gateway %.0f, nginx %.0f requests/s.
                Gateway p50 overhead over the service (medians): **%.3f ms** (target: under 0.2 ms); nginx's: %.3f ms.
                Gateway throughput, median of the rounds: **%.1f %%** of nginx's (target: at least 95 %%); rounds: %s.

                %s""",
                PATH,
                CONNECTIONS,
                rounds.size(),
                SECONDS,
                WARMUP_SECONDS,
                ACCESS_LOG.equals("file")
                        ? "JSON lines in a file of its own (-Dbenchmark.access-log=file)"
                        : "log records, the default (-Dbenchmark.access-log=log), to a rotating log file",
                table,
                median(rounds, r -> r.direct().requestsPerSecond()),
                median(rounds, r -> r.gateway().requestsPerSecond()),
                median(rounds, r -> r.nginx().requestsPerSecond()),
                gatewayP50 - directP50,
                nginxP50 - directP50,
                100 * median(rounds, Round::gatewayShareOfNginx),
                shares,
                machine.describe());
        Path out = Path.of("target/benchmark/gateway-overhead.md");
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static double median(List<Round> rounds, ToDoubleFunction<Round> figure) {
        double[] sorted = rounds.stream().mapToDouble(figure).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static Process startNginx(Path work, int port, String service) throws Exception {
        Path root = work.toAbsolutePath();
        Files.writeString(
                root.resolve("nginx.conf"),
                String.format(Locale.ROOT, """
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream service { server %2$s; keepalive 64; }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://service;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                        }
                    }
                }
                """, root, service.replaceFirst("^http://", ""), port));
        Process nginx = new ProcessBuilder(
                        "nginx",
                        "-p",
                        root.toString(),
                        "-c",
                        root.resolve("nginx.conf").toString(),
                        "-g",
                        "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("nginx.out").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (java.net.Socket probe = new java.net.Socket("127.0.0.1", port)) {
                return nginx;
            } catch (java.io.IOException notYet) {
                assertThat(nginx.isAlive())
                        .as("nginx is running; see %s", root.resolve("nginx.out"))
                        .isTrue();
                nginx.waitFor(100, TimeUnit.MILLISECONDS);
            }
        }
        nginx.destroyForcibly();
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    private static Wrk.Run wrk(String url, String token, int seconds) throws Exception {
        return Wrk.run(url, CONNECTIONS, seconds, List.of("Authorization: Bearer " + token), null);
    }
}
