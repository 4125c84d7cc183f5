package io.deltashare.booking.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.booking.BookingFixtures;
import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.deltashare.testkit.bench.CpuUse;
import io.deltashare.testkit.keycloak.Keycloak;
import io.deltashare.testkit.postgres.Postgres;
import io.deltashare.testkit.postgres.PostgresServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Booking creation over HTTP with 16 concurrent clients on random instruments, next to PostgreSQL's own ceiling for
 * the same exclusion-constrained table measured with pgbench in the same run. Not part of the test suite; run it with
 * (see the service README):
 *
 * <pre>./mvnw -q install -DskipTests &amp;&amp; ./mvnw -Pbenchmark -pl services/booking verify</pre>
 *
 * It needs {@code pgbench} on the PATH (Debian: {@code apt-get install postgresql-client}) and writes
 * {@code target/benchmark/booking-throughput.md}.
 */
@QuarkusTest
class BookingThroughputBenchmark {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 16);
    private static final int INSTRUMENTS = Integer.getInteger("benchmark.instruments", 200);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 30);
    /** Long enough for the JIT, which competes with everything else for the two cores, to compile the hot paths. */
    private static final int WARMUP_SECONDS = Integer.getInteger("benchmark.warmup", 60);
    private static final int DAYS = 300;
    private static final String THIS_JVM = "service JVM (with the HTTP clients)";

    @Inject
    EntityManager entityManager;

    @TestHTTPResource("/api/v1/bookings")
    URL bookings;

    /** One request: when it was answered, how long it took, with which status. */
    record Sample(long finishedNanos, long micros, int status) {
    }

    @Test
    void bookingThroughputNextToPostgresqlsCeiling() throws Exception {
        List<String> instruments = new ArrayList<>();
        for (int i = 0; i < INSTRUMENTS; i++) {
            InstrumentSnapshot instrument = BookingFixtures.instrument("SLOT", "electron-microscopy", "00:00", "23:45", 15,
                    1440, 0, false, true, "ACTIVE", 0);
            BookingFixtures.publishCatalogEvent(new io.deltashare.contracts.catalog.InstrumentListed(instrument));
            instruments.add(instrument.id().toString());
        }
        BookingFixtures.listed(BookingFixtures.instrument("SLOT", "electron-microscopy", "00:00", "23:45", 15, 1440, 0,
                false, true, "ACTIVE", 0));
        String token = Keycloak.shared().tokens().forUser("firm.js-biomed", "demo");
        LocalDate firstDay = LocalDate.now(BookingFixtures.SHANGHAI).plusDays(2);

        // the service: 16 clients, each booking one hour at a random quarter hour on a random instrument and day
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        long measureFrom = start + WARMUP_SECONDS * 1_000_000_000L;
        long stop = measureFrom + SECONDS * 1_000_000_000L;
        List<Future<List<Sample>>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            futures.add(clients.submit(() -> {
                List<Sample> samples = new ArrayList<>();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < stop) {
                    String instrument = instruments.get(random.nextInt(instruments.size()));
                    Instant from = BookingFixtures.at(firstDay.plusDays(random.nextInt(DAYS)), "00:00")
                            .plus(15L * random.nextInt(92), ChronoUnit.MINUTES);
                    String body = "{\"instrumentId\":\"" + instrument + "\",\"start\":\"" + from + "\",\"end\":\""
                            + from.plus(1, ChronoUnit.HOURS) + "\"}";
                    long t0 = System.nanoTime();
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(bookings.toString()))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
                    long t1 = System.nanoTime();
                    samples.add(new Sample(t1, (t1 - t0) / 1_000, response.statusCode()));
                }
                return samples;
            }));
        }
        // CPU use of each process at the edges of the measured window, taken on time by a scheduler
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        ScheduledFuture<Map<String, Duration>> cpuBefore = clock.schedule(() -> CpuUse.byProcessGroup(THIS_JVM),
                measureFrom - System.nanoTime(), TimeUnit.NANOSECONDS);
        ScheduledFuture<Map<String, Duration>> cpuAfter = clock.schedule(() -> CpuUse.byProcessGroup(THIS_JVM),
                stop - System.nanoTime(), TimeUnit.NANOSECONDS);
        String serviceCpu = CpuUse.cores(cpuBefore.get(), cpuAfter.get(), SECONDS);
        clock.shutdown();
        List<Sample> all = new ArrayList<>();
        for (Future<List<Sample>> future : futures) {
            all.addAll(future.get());
        }
        clients.shutdown();
        List<Sample> measured = all.stream().filter(s -> s.finishedNanos() >= measureFrom && s.finishedNanos() < stop).toList();
        assertThat(measured).allSatisfy(s -> assertThat(s.status()).as("only bookings and conflicts").isIn(201, 409));
        long created = measured.stream().filter(s -> s.status() == 201).count();
        double serviceRate = measured.size() / (double) SECONDS;
        long[] micros = measured.stream().mapToLong(Sample::micros).sorted().toArray();

        // PostgreSQL's ceiling: the same kind of claim straight into the same table, by pgbench with 16 clients
        Map<String, Duration> pgbenchCpuBefore = CpuUse.byProcessGroup(THIS_JVM);
        String pgbench = pgbench(instruments, firstDay);
        String pgbenchCpu = CpuUse.cores(pgbenchCpuBefore, CpuUse.byProcessGroup(THIS_JVM), SECONDS);
        double ceiling = Double.parseDouble(match(pgbench, "tps = ([0-9.]+)"));
        double pgLatency = Double.parseDouble(match(pgbench, "latency average = ([0-9.]+) ms"));

        String report = String.format(Locale.ROOT, """
                # Booking creation, %d clients over HTTP, %d instruments, %d s measured after %d s warm-up

                | | requests/s | p50 ms | p99 ms |
                |---|---|---|---|
                | booking service (POST /api/v1/bookings) | %.1f (%d created, %d conflicts) | %.1f | %.1f |
                | PostgreSQL ceiling (pgbench, %d clients, INSERT into occupancy) | %.1f | %.1f (average) | |

                The service reaches **%.1f %%** of PostgreSQL's ceiling (target: at least 25 %%).

                CPU in cores while the service was measured: %s
                CPU in cores while pgbench ran: %s
                """, CLIENTS, INSTRUMENTS, SECONDS, WARMUP_SECONDS, serviceRate, created, measured.size() - created,
                pct(micros, 50), pct(micros, 99), CLIENTS, ceiling, pgLatency, 100 * serviceRate / ceiling,
                serviceCpu, pgbenchCpu);
        Path out = Path.of("target/benchmark/booking-throughput.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** Runs pgbench against this service's database: 16 clients claiming random hours on the same instruments. */
    private String pgbench(List<String> instruments, LocalDate firstDay) throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("CREATE TABLE IF NOT EXISTS bench_instrument (n int PRIMARY KEY, id uuid)")
                    .executeUpdate();
            for (int i = 0; i < instruments.size(); i++) {
                entityManager.createNativeQuery("INSERT INTO bench_instrument VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                        .setParameter(1, i + 1).setParameter(2, java.util.UUID.fromString(instruments.get(i)))
                        .executeUpdate();
            }
        });
        Path script = Files.createTempFile("claim", ".sql");
        Files.writeString(script, String.format(Locale.ROOT, """
                \\set n random(1, %d)
                \\set day random(0, %d)
                \\set quarter random(0, 91)
                INSERT INTO occupancy (id, instrument_id, period, kind)
                SELECT gen_random_uuid(), id,
                       tstzrange(timestamptz '%s' + (:day || ' days')::interval + (:quarter * 15 || ' minutes')::interval,
                                 timestamptz '%s' + (:day || ' days')::interval + (:quarter * 15 + 60 || ' minutes')::interval, '[)'),
                       'BOOKING'
                FROM bench_instrument WHERE n = :n
                ON CONFLICT DO NOTHING;
                """, instruments.size(), DAYS - 1, BookingFixtures.at(firstDay.plusDays(DAYS + 10), "00:00"),
                BookingFixtures.at(firstDay.plusDays(DAYS + 10), "00:00")));
        PostgresServer postgres = Postgres.shared();
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        ProcessBuilder builder = new ProcessBuilder("pgbench", "-n", "-c", String.valueOf(CLIENTS), "-j", "2",
                "-T", String.valueOf(SECONDS), "-f", script.toString(), "-h", postgres.host(),
                "-p", String.valueOf(postgres.port()), "-U", postgres.username(), database).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", postgres.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as("pgbench exit status; output:%n%s", output).isZero();
        return output;
    }

    private static String match(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("'%s' in pgbench output:%n%s", regex, text).isTrue();
        return matcher.group(1);
    }

    private static double pct(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
