package io.deltashare.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.local.DemoData;
import io.deltashare.local.LocalSystem;
import io.deltashare.testkit.bench.Machine;
import io.deltashare.testkit.keycloak.Tokens;
import io.deltashare.testkit.process.Directories;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Event lag across services, measured, not asserted: the whole system as the local run starts it, 100 bookings a
 * second straight to booking (each publishes BookingRequested and BookingConfirmed: 200 events a second) for
 * {@code LOAD} after {@code WARM_UP}; then, per event and consumer, the time from the event's creation in booking's
 * transaction ({@code outbox_message.created_at}) to the commit of the consumer's inbox transaction (PostgreSQL's
 * commit timestamp of the {@code inbox_message} row). innovation-voucher applies BookingRequested, the gateway both.
 * Run: {@code ./mvnw -q install -DskipTests && ./mvnw -Pbenchmark -pl deploy/e2e verify}; report in
 * {@code deploy/e2e/target/benchmark/event-lag.md}.
 */
class EventLagBenchmark {

    /** Two events per booking: 100 a second make the 200 events a second the target is stated for. */
    private static final int BOOKINGS_PER_SECOND = Integer.getInteger("benchmark.bookings-per-second", 100);

    private static final Duration WARM_UP = Duration.ofSeconds(20);
    private static final Duration LOAD = Duration.ofSeconds(60);
    private static final int INSTRUMENTS = 12;
    private static final List<String> FIRMS =
            List.of("firm.sh-nanotech", "firm.js-biomed", "firm.zj-materials", "firm.ah-quantum");
    private static final Map<String, String> TYPES = Map.of(
            "io.deltashare.booking.BookingRequested.v1", "BookingRequested",
            "io.deltashare.booking.BookingConfirmed.v1", "BookingConfirmed");

    @Test
    void eventsTravelFromOneServicesCommitToAnothersInbox() throws Exception {
        Machine machine = Machine.watch();
        Path repo = Path.of(System.getProperty("testkit.repo-root", "../.."))
                .toAbsolutePath()
                .normalize();
        Path data = Files.createTempDirectory("deltashare-event-lag-");
        try (LocalSystem local = new LocalSystem(
                repo,
                data,
                LocalSystem.Ports.free(),
                line -> System.out.println("[event-lag] " + line),
                // four firms book a handful of instruments thousands of times, months ahead: no hoarding limits here
                Map.of("BOOKING_HOARDING_MAX_ACTIVE_PER_INSTRUMENT", "1000000", "BOOKING_HOARDING_HORIZON", "P366D"))) {
            // e.g. -Dbenchmark.jvm-options=-XX:StartFlightRecording=delay=100s,duration=30s,filename=/tmp/{service}.jfr
            String options = System.getProperty("benchmark.jvm-options", "").trim();
            local.withJvmOptions(options.isEmpty() ? List.of() : List.of(options.split("\\s+")));
            local.start();
            Tokens tokens = new Tokens(local.keycloakUrl() + "/realms/deltashare");
            DemoData demo = new DemoData(local.gatewayUrl(), tokens, line -> System.out.println("[event-lag] " + line));
            List<String> demoInstruments = demo.load();
            Gateway gateway = new Gateway(local.gatewayUrl(), tokens, new Calls());
            String provider = gateway.get("admin.platform", "/api/v1/instruments/" + demoInstruments.get(0))
                    .text("providerId");
            List<String> instruments = new ArrayList<>();
            for (int i = 0; i < INSTRUMENTS; i++) {
                instruments.add(demo.aroundTheClockInstrument(
                        "provider.sh-analysis-centre", provider, "时延基准核磁 " + i, "Event-lag NMR " + i, "nmr"));
            }
            Map<String, String> firmTokens = new HashMap<>();
            FIRMS.forEach(firm -> firmTokens.put(firm, tokens.forUser(firm, "demo")));
            String booking = "http://localhost:" + local.port("booking") + "/api/v1/bookings";
            for (String instrument : instruments) {
                Awaitility.await()
                        .atMost(Duration.ofSeconds(60))
                        .until(() -> gateway.post(
                                        "firm.js-biomed",
                                        "/api/v1/quotes",
                                        Map.of(
                                                "instrumentId",
                                                instrument,
                                                "start",
                                                World.slotStart(5000).toString(),
                                                "end",
                                                World.slotStart(5000)
                                                        .plus(Duration.ofHours(1))
                                                        .toString()),
                                        null)
                                .is(200));
            }

            Load load = new Load(booking, instruments, firmTokens);
            load.run(WARM_UP);
            Instant from = Instant.now();
            Load.Result result = load.run(LOAD);
            Instant until = Instant.now();

            Map<UUID, Published> created = outbox(local, from, until);
            Awaitility.await("every event applied")
                    .atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> inbox(local, "gateway", created.keySet()).size() == created.size());
            Map<String, List<Long>> lags = new java.util.TreeMap<>();
            // where the time goes: from the event's creation to the relay's mark that Kafka has it, and from there on
            Map<String, List<Long>> stages = new java.util.TreeMap<>();
            created.values()
                    .forEach(event -> stages.computeIfAbsent(
                                    "booking's outbox relay | created → on Kafka", k -> new ArrayList<>())
                            .add(micros(event.created(), event.published())));
            for (String consumer : List.of("innovation-voucher", "gateway")) {
                inbox(local, consumer, created.keySet()).forEach((event, applied) -> {
                    Published published = created.get(event);
                    lags.computeIfAbsent(consumer + " | " + applied.type(), k -> new ArrayList<>())
                            .add(micros(published.created(), applied.at()));
                    stages.computeIfAbsent(consumer + " | on Kafka → applied", k -> new ArrayList<>())
                            .add(micros(published.published(), applied.at()));
                });
            }
            String report = report(result, created.size(), lags, stages) + "\n" + machine.describe();
            System.out.println(report);
            Path file = Path.of(System.getProperty("faults.report", "target/fault-report.md"))
                    .getParent()
                    .resolve("benchmark/event-lag.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
            assertThat(result.made()).as("bookings made in the measured minute").isGreaterThan(0);
            assertThat(lags).isNotEmpty();
        } finally {
            Directories.deleteTree(data);
        }
    }

    /** Open-loop load: a booking every 10 ms, whether or not the previous ones were answered yet. */
    private static final class Load {

        record Result(int sent, int made, int failed, Duration over) {}

        private final String url;
        private final List<String> instruments;
        private final Map<String, String> tokens;
        private final HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final AtomicInteger slot = new AtomicInteger();

        Load(String url, List<String> instruments, Map<String, String> tokens) {
            this.url = url;
            this.instruments = instruments;
            this.tokens = tokens;
        }

        Result run(Duration duration) throws InterruptedException {
            AtomicInteger sent = new AtomicInteger();
            AtomicInteger made = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            List<java.util.concurrent.CompletableFuture<?>> pending = new CopyOnWriteArrayList<>();
            ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
            long total = duration.toSeconds() * BOOKINGS_PER_SECOND;
            Instant started = Instant.now();
            ticks.scheduleAtFixedRate(
                    () -> {
                        if (sent.get() >= total) {
                            return;
                        }
                        int n = slot.getAndIncrement();
                        String instrument = instruments.get(n % instruments.size());
                        Instant start = World.slotStart(n / instruments.size() + 1);
                        String firm = FIRMS.get(n % FIRMS.size());
                        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + tokens.get(firm))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"instrumentId\":\"" + instrument + "\",\"start\":\"" + start
                                                + "\",\"end\":\"" + start.plus(Duration.ofHours(1)) + "\"}"))
                                .build();
                        sent.incrementAndGet();
                        pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                                .whenComplete((answer, e) -> {
                                    if (e == null && answer.statusCode() == 201) {
                                        made.incrementAndGet();
                                    } else {
                                        failed.incrementAndGet();
                                    }
                                }));
                    },
                    0,
                    1_000_000 / BOOKINGS_PER_SECOND,
                    TimeUnit.MICROSECONDS);
            Awaitility.await()
                    .atMost(duration.plusSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> sent.get() >= total);
            ticks.shutdownNow();
            java.util.concurrent.CompletableFuture.allOf(pending.toArray(java.util.concurrent.CompletableFuture[]::new))
                    .handle((ok, e) -> null)
                    .join();
            return new Result(sent.get(), made.get(), failed.get(), Duration.between(started, Instant.now()));
        }
    }

    /**
     * An event as booking's outbox has it: created in booking's transaction, and published when the relay's mark
     * committed, after Kafka acknowledged it (the commit timestamp of the row's last version, the relay's update).
     */
    private record Published(Instant created, Instant published) {}

    /** When booking created and published each BookingRequested and BookingConfirmed of the period. */
    private static Map<UUID, Published> outbox(LocalSystem local, Instant from, Instant until) throws Exception {
        Map<UUID, Published> created = new HashMap<>();
        try (Connection db = connect(local, "booking");
                PreparedStatement select = db.prepareStatement("""
                SELECT id, created_at, pg_xact_commit_timestamp(xmin) FROM outbox_message
                WHERE created_at >= ? AND created_at < ? AND type = ANY (?)""")) {
            select.setTimestamp(1, Timestamp.from(from));
            select.setTimestamp(2, Timestamp.from(until));
            select.setArray(3, db.createArrayOf("varchar", TYPES.keySet().toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    created.put(
                            rows.getObject(1, UUID.class),
                            new Published(
                                    rows.getTimestamp(2).toInstant(),
                                    rows.getTimestamp(3).toInstant()));
                }
            }
        }
        return created;
    }

    private record Applied(String type, Instant at) {}

    /** When {@code consumer}'s inbox transaction for each of {@code events} committed. */
    private static Map<UUID, Applied> inbox(LocalSystem local, String consumer, java.util.Set<UUID> events)
            throws Exception {
        Map<UUID, Applied> applied = new ConcurrentHashMap<>();
        String database = consumer.equals("gateway") ? "gateway" : "voucher";
        try (Connection db = connect(local, database);
                PreparedStatement select = db.prepareStatement("""
                SELECT event_id, type, pg_xact_commit_timestamp(xmin) FROM inbox_message
                WHERE consumer = ? AND event_id = ANY (?)""")) {
            select.setString(1, consumer);
            select.setArray(2, db.createArrayOf("uuid", events.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    applied.put(
                            rows.getObject(1, UUID.class),
                            new Applied(
                                    TYPES.get(rows.getString(2)),
                                    rows.getTimestamp(3).toInstant()));
                }
            }
        }
        return applied;
    }

    private static Connection connect(LocalSystem local, String database) throws Exception {
        return DriverManager.getConnection(
                local.postgres().jdbcUrl(database),
                local.postgres().username(),
                local.postgres().password());
    }

    private static long micros(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1000;
    }

    private static String report(
            Load.Result load, int events, Map<String, List<Long>> lags, Map<String, List<Long>> stages) {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                """
                # Event lag: commit in booking to commit in the consumer's inbox

                %d bookings sent in %.1f s (%d answered 201, %d not), %d events published in the measured window
                (%.0f events/s). Lag per event and consumer, in milliseconds:

                | consumer | event | events | p50 | p90 | p99 | max |
                |---|---|---|---|---|---|---|
                """,
                load.sent(),
                load.over().toMillis() / 1000.0,
                load.made(),
                load.failed(),
                events,
                events / (load.over().toMillis() / 1000.0)));
        List<Long> all = new ArrayList<>();
        lags.forEach((key, micros) -> {
            all.addAll(micros);
            text.append(row(key, micros));
        });
        text.append(row("all | all", all));
        text.append("""

                Where the time goes, in milliseconds: from the event's creation in booking's transaction to the commit
                of the relay's mark after Kafka acknowledged it, and from there to the consumer's inbox commit:

                | stage | | events | p50 | p90 | p99 | max |
                |---|---|---|---|---|---|---|
                """);
        stages.forEach((key, micros) -> text.append(row(key, micros)));
        return text.toString();
    }

    private static String row(String key, List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        sorted.sort(null);
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n",
                key,
                sorted.size(),
                percentile(sorted, 50),
                percentile(sorted, 90),
                percentile(sorted, 99),
                sorted.get(sorted.size() - 1) / 1000.0);
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
