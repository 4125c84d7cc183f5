package io.deltashare.instrumentcatalog.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.testkit.bench.CpuUse;
import io.deltashare.testkit.bench.JitCompilers;
import io.deltashare.testkit.bench.Machine;
import io.deltashare.testkit.bench.StatementProfile;
import io.deltashare.testkit.bench.Wrk;
import io.deltashare.testkit.keycloak.Keycloak;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Search latency over 40,000 instruments, through real HTTP with a real token, against the testkit's PostgreSQL.
 * Not part of the test suite; run it with (see the service README):
 *
 * <pre>./mvnw -q install -DskipTests &amp;&amp; ./mvnw -Pbenchmark -pl services/instrument-catalog verify</pre>
 *
 * It prints p50/p95/p99 per query and overall and writes them to {@code target/benchmark/search-latency.md}.
 * It checks that every query finds something; it does not judge the figures (the machine decides those).
 */
@QuarkusTest
class SearchLatencyBenchmark {

    private static final int INSTRUMENTS =
            Integer.getInteger("benchmark.instruments", SyntheticInstruments.DEFAULT_COUNT);
    private static final int WARMUP_ROUNDS = Integer.getInteger("benchmark.warmup", 20);
    private static final int MEASURED_ROUNDS = Integer.getInteger("benchmark.rounds", 100);
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 16);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 30);
    // the clients' load before anything is measured, at least, and then in slices until the JIT compilers settle
    private static final int WARMUP_SECONDS = Integer.getInteger("benchmark.warmup-seconds", 20);
    private static final int WARMUP_SLICE_SECONDS = 10;
    private static final int WARMUP_MAX_SECONDS = Integer.getInteger("benchmark.warmup-max-seconds", 120);
    private static final String THIS_JVM = "service JVM";

    /** Keyword + filter queries a firm would send. */
    private static final List<String> QUERIES = List.of(
            "q=电镜&region=CN-SH",
            "q=核磁&tier=ENTERPRISE&maxPrice=1500",
            "q=NMR&mode=SAMPLE",
            "q=质谱&voucherEligible=true",
            "q=diffractometer&city=Nanjing",
            "q=confocal microscope&region=CN-ZJ",
            "q=beamline&sort=price",
            "q=Thermo Fisher&region=CN-AH&voucherEligible=true",
            "category=nmr&region=CN-AH&sort=price",
            "q=scanning electron&city=Shanghai&tier=ACADEMIC&maxPrice=500");

    @Inject
    SyntheticInstruments synthetic;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/api/v1/instruments")
    URL search;

    @Test
    void searchLatencyOverFortyThousandInstruments() throws Exception {
        Machine machine = Machine.watch();
        long started = System.nanoTime();
        int inserted = synthetic.generate(INSTRUMENTS);
        long loadMillis = (System.nanoTime() - started) / 1_000_000;
        String token = Keycloak.shared().tokens().forUser("firm.js-biomed", "demo");
        HttpClient http = HttpClient.newHttpClient();

        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            for (String query : QUERIES) {
                assertThat(get(http, token, query)).as("results for %s", query).contains("\"id\"");
            }
        }
        // after the rounds above, whose first search loaded the index
        String warmup = warmUp(token);
        List<long[]> perQuery = new ArrayList<>();
        QUERIES.forEach(q -> perQuery.add(new long[MEASURED_ROUNDS]));
        long[] all = new long[MEASURED_ROUNDS * QUERIES.size()];
        int n = 0;
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (int q = 0; q < QUERIES.size(); q++) {
                long t0 = System.nanoTime();
                get(http, token, QUERIES.get(q));
                long micros = (System.nanoTime() - t0) / 1_000;
                perQuery.get(q)[round] = micros;
                all[n++] = micros;
            }
        }

        // then many clients at once, each going round the queries: wrk, as in the other benchmarks
        StatementProfile statements = StatementProfile.start(dataSource);
        Map<String, Duration> cpuBefore = CpuUse.byProcessGroup(THIS_JVM);
        Duration compiledBefore = JitCompilers.total();
        Wrk.Run concurrent = Wrk.run(
                search.toString(), CLIENTS, SECONDS, List.of("Authorization: Bearer " + token), roundTheQueries());
        String cpu = CpuUse.cores(cpuBefore, CpuUse.byProcessGroup(THIS_JVM), SECONDS);
        Duration compiled = JitCompilers.total().minus(compiledBefore);
        String statementTimes = statements.report(8, concurrent.count("requests"), "search");
        assertThat(concurrent.count("errors"))
                .as("answers other than 200; wrk said:%n%s", concurrent.output())
                .isZero();

        StringBuilder report = new StringBuilder();
        report.append(String.format(
                        Locale.ROOT,
                        """
                        # Search latency, %d synthetic instruments, %d clients at once

                        | clients | requests/s | p50 ms | p95 ms | p99 ms |
                        |---|---|---|---|---|
                        | %d (wrk, %d s, the %d queries in turn) | %.0f | %.2f | **%.2f** | %.2f |

                        Target: p95 under 10 ms with 16 clients at 40,000 instruments and services.

                        Warm-up before it: %s. The JIT compilers while the clients searched: %.1f s.

                        CPU in cores while the clients searched: %s

                        PostgreSQL's time while the clients searched, by statement (pg_stat_statements: planning
                        and execution in the server, not parsing or the wire; with every core busy, waits for one
                        too):

                        %s
                        %s
                        """,
                        inserted,
                        CLIENTS,
                        CLIENTS,
                        SECONDS,
                        QUERIES.size(),
                        concurrent.requestsPerSecond(),
                        concurrent.p50Ms(),
                        concurrent.count("p95_us") / 1000.0,
                        concurrent.p99Ms(),
                        warmup,
                        compiled.toMillis() / 1000.0,
                        cpu,
                        statementTimes,
                        machine.describe()))
                .append("## One client, query by query\n\n")
                .append(inserted)
                .append(" synthetic instruments (loaded in ")
                .append(loadMillis)
                .append(" ms), ")
                .append(MEASURED_ROUNDS)
                .append(" rounds after ")
                .append(WARMUP_ROUNDS)
                .append(" warm-up rounds, one client (Java's HttpClient) with a real token\n\n")
                .append("| query | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|\n");
        for (int q = 0; q < QUERIES.size(); q++) {
            report.append(row(QUERIES.get(q), perQuery.get(q)));
        }
        report.append(row("**all queries**", all));
        Path out = Path.of("target/benchmark/search-latency.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    /**
     * The clients' load for the first {@code benchmark.warmup-seconds}, then for {@value #WARMUP_SLICE_SECONDS}-second
     * slices until the JIT compilers settle in one or {@code benchmark.warmup-max-seconds} have passed; what it took,
     * with the compilers' time in each slice.
     */
    private String warmUp(String token) throws Exception {
        if (WARMUP_SECONDS <= 0) {
            return "none";
        }
        List<String> compiling = new ArrayList<>();
        int warmed = 0;
        boolean settled = false;
        while (!settled && warmed < Math.max(WARMUP_SECONDS, WARMUP_MAX_SECONDS)) {
            int slice = warmed == 0 ? WARMUP_SECONDS : WARMUP_SLICE_SECONDS;
            Duration before = JitCompilers.total();
            Wrk.Run run = Wrk.run(
                    search.toString(), CLIENTS, slice, List.of("Authorization: Bearer " + token), roundTheQueries());
            assertThat(run.count("errors"))
                    .as("answers other than 200 while warming up; wrk said:%n%s", run.output())
                    .isZero();
            Duration compiled = JitCompilers.total().minus(before);
            compiling.add(String.format(Locale.ROOT, "%.1f s", compiled.toMillis() / 1000.0));
            settled = JitCompilers.settledDuring(Duration.ofSeconds(slice), compiled);
            warmed += slice;
        }
        return String.format(
                Locale.ROOT,
                "%d s of the same load, %s (the JIT compilers' time in the first %d s, then in each %d s: %s)",
                warmed,
                settled
                        ? "until the JIT compilers took under " + Math.round(100 * JitCompilers.SETTLED_SHARE)
                                + " % of a core"
                        : "the most allowed; the JIT compilers had not settled",
                WARMUP_SECONDS,
                WARMUP_SLICE_SECONDS,
                String.join(", ", compiling));
    }

    /** A wrk script: each connection sends the queries in turn; {@code done} prints the p95 and the failures. */
    private Path roundTheQueries() throws Exception {
        String paths = QUERIES.stream()
                .map(q -> "\"" + search.getPath() + "?" + encoded(q) + "\"")
                .collect(java.util.stream.Collectors.joining(", "));
        Path script = Files.createTempFile("search", ".lua");
        Files.writeString(script, """
                local paths = {%s}
                local next = 0
                request = function()
                  next = next %% #paths + 1
                  return wrk.format("GET", paths[next])
                end
                done = function(summary, latency, requests)
                  io.write(string.format("p95_us=%%d\\n", latency:percentile(95)))
                  io.write(string.format("errors=%%d\\n", summary.errors.status + summary.errors.timeout))
                  io.write(string.format("requests=%%d\\n", summary.requests))
                end
                """.formatted(paths));
        return script;
    }

    private static String encoded(String query) {
        return Arrays.stream(query.split("&"))
                .map(p -> {
                    String[] kv = p.split("=", 2);
                    return kv[0] + "=" + URLEncoder.encode(kv[1], StandardCharsets.UTF_8);
                })
                .reduce((a, b) -> a + "&" + b)
                .orElse("");
    }

    private String get(HttpClient http, String token, String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(search + "?" + encoded(query)))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("status of %s", query).isEqualTo(200);
        return response.body();
    }

    private static String row(String label, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", label, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
    }

    private static double pct(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
