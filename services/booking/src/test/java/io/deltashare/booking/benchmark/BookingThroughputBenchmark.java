package io.deltashare.booking.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.booking.BookingFixtures;
import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.deltashare.testkit.bench.CpuUse;
import io.deltashare.testkit.bench.Machine;
import io.deltashare.testkit.bench.StatementProfile;
import io.deltashare.testkit.bench.Wrk;
import io.deltashare.testkit.keycloak.Keycloak;
import io.deltashare.testkit.keycloak.PartnerClients;
import io.deltashare.testkit.postgres.Postgres;
import io.deltashare.testkit.postgres.PostgresServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Booking creation over HTTP with 16 concurrent clients (wrk's connections) on random instruments, next to PostgreSQL's own ceiling for
 * the same exclusion-constrained table measured with pgbench in the same run. Not part of the test suite; run it with
 * (see the service README):
 *
 * <pre>./mvnw -q install -DskipTests &amp;&amp; ./mvnw -Pbenchmark -pl services/booking verify</pre>
 *
 * It needs {@code wrk} and {@code pgbench} on the PATH (Debian: {@code apt-get install wrk postgresql-client}) and writes
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
    /** Partner portals booking for the firms that granted them: 80 firms, none near its hoarding limits. */
    private static final int PARTNERS = 8;

    private static final int FIRMS_PER_PARTNER = 10;
    private static final String PARTNER_SECRET = "benchmark-partner-secret";
    private static final String THIS_JVM = "service JVM";

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/api/v1/bookings")
    URL bookings;

    @Test
    void bookingThroughputNextToPostgresqlsCeiling() throws Exception {
        Machine machine = Machine.watch();
        List<String> instruments = new ArrayList<>();
        for (int i = 0; i < INSTRUMENTS; i++) {
            InstrumentSnapshot instrument = BookingFixtures.anInstrument()
                    .open("00:00", "23:45")
                    .lasting(15, 1440)
                    .bookedHoursAhead(0)
                    .build();
            BookingFixtures.publishCatalogEvent(new io.deltashare.contracts.catalog.InstrumentListed(instrument));
            instruments.add(instrument.id().toString());
        }
        BookingFixtures.listed(BookingFixtures.anInstrument()
                .open("00:00", "23:45")
                .lasting(15, 1440)
                .bookedHoursAhead(0)
                .build());
        LocalDate firstDay = LocalDate.now(BookingFixtures.SHANGHAI).plusDays(2);

        // the service: wrk's connections each book one hour at a random quarter hour on a random instrument and day,
        // for a random firm through the partner portal it granted (tokens named in the script)
        Path script = bookingScript(instruments, partnerTokens(), BookingFixtures.at(firstDay, "00:00"));
        List<String> headers = List.of();
        Wrk.Run warmup = Wrk.run(bookings.toString(), CLIENTS, WARMUP_SECONDS, headers, script); // for the JIT
        StatementProfile statements = StatementProfile.start(dataSource);
        Map<String, Duration> cpuBefore = CpuUse.byProcessGroup(THIS_JVM);
        Wrk.Run service = Wrk.run(bookings.toString(), CLIENTS, SECONDS, headers, script);
        String serviceCpu = CpuUse.cores(cpuBefore, CpuUse.byProcessGroup(THIS_JVM), SECONDS);
        long created = service.count("created");
        long conflicts = service.count("conflicts");
        long limited = service.count("limited");
        String statementTimes = statements.report(12, created + conflicts + limited, "request");
        assertThat(service.count("other"))
                .as("answers other than 201 and 409; wrk said:%n%s", service.output())
                .isZero();
        assertThat(created).as("bookings made").isPositive();
        // every 201 is a stored booking holding its window, announced by its two events; bookings made for requests
        // still in flight when wrk stopped (at most one per connection and run) are stored without being counted
        long answered = warmup.count("created") + created;
        long stored = count("SELECT count(*) FROM booking");
        assertThat(stored).as("stored bookings").isBetween(answered, answered + 2L * CLIENTS);
        assertThat(count("SELECT count(*) FROM occupancy WHERE kind = 'BOOKING'"))
                .as("held windows")
                .isEqualTo(stored);
        assertThat(count("SELECT count(*) FROM outbox_message WHERE type LIKE 'io.deltashare.booking.Booking%'"))
                .as("BookingRequested and BookingConfirmed events")
                .isEqualTo(2 * stored);

        // PostgreSQL's ceiling: the same kind of claim straight into the same table, by pgbench with 16 clients
        Map<String, Duration> pgbenchCpuBefore = CpuUse.byProcessGroup(THIS_JVM);
        String pgbench = pgbench(instruments, firstDay);
        String pgbenchCpu = CpuUse.cores(pgbenchCpuBefore, CpuUse.byProcessGroup(THIS_JVM), SECONDS);
        double ceiling = Double.parseDouble(match(pgbench, "tps = ([0-9.]+)"));
        double pgLatency = Double.parseDouble(match(pgbench, "latency average = ([0-9.]+) ms"));

        String report = String.format(
                Locale.ROOT,
                """
                # Booking creation, %d clients over HTTP, %d instruments, %d firms, %d s measured after %d s warm-up

                | | requests/s | p50 ms | p99 ms |
                |---|---|---|---|
                | booking service (POST /api/v1/bookings) | %.1f (%d created, %d window taken, %d over a firm's limit) | %.2f | %.2f |
                | PostgreSQL ceiling (pgbench, %d clients, INSERT into occupancy) | %.1f | %.1f (average) | |

                The service reaches **%.1f %%** of PostgreSQL's ceiling (target: at least 40 %%).

                CPU in cores while the service was measured: %s
                CPU in cores while pgbench ran: %s

                PostgreSQL's time while the service was measured, by statement (pg_stat_statements: planning and
                execution in the server, not parsing or the wire; with every core busy, waits for one too):

                %s
                %s""",
                CLIENTS,
                INSTRUMENTS,
                PARTNERS * FIRMS_PER_PARTNER,
                SECONDS,
                WARMUP_SECONDS,
                service.requestsPerSecond(),
                created,
                conflicts,
                limited,
                service.p50Ms(),
                service.p99Ms(),
                CLIENTS,
                ceiling,
                pgLatency,
                100 * service.requestsPerSecond() / ceiling,
                serviceCpu,
                pgbenchCpu,
                statementTimes,
                machine.describe());
        Path out = Path.of("target/benchmark/booking-throughput.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /**
     * Partner portals, each granted by {@link #FIRMS_PER_PARTNER} firms of its own: a token of each, to the ids of the
     * firms it books for. Many firms, as in production, where one firm may hold only {@code
     * booking.hoarding.max-active-per-instrument} slots of an instrument at once.
     */
    private static Map<String, List<UUID>> partnerTokens() {
        Map<String, List<UUID>> tokens = new LinkedHashMap<>();
        for (int p = 0; p < PARTNERS; p++) {
            Map<UUID, String> firms = new LinkedHashMap<>();
            for (int f = 0; f < FIRMS_PER_PARTNER; f++) {
                firms.put(UUID.randomUUID(), "CN-JS");
            }
            String client = PartnerClients.create(Keycloak.shared(), PARTNER_SECRET, firms);
            tokens.put(Keycloak.shared().tokens().forClient(client, PARTNER_SECRET), List.copyOf(firms.keySet()));
        }
        return tokens;
    }

    /**
     * The wrk script: random partner and firm of it, instrument, day and quarter hour per request, and a tally of the
     * answers ({@code created=}, {@code conflicts=} for a window taken, {@code limited=} for a firm's limit reached,
     * {@code other=}) printed when the run is done.
     */
    private static Path bookingScript(List<String> instruments, Map<String, List<UUID>> partners, Instant firstMidnight)
            throws Exception {
        Path script = Files.createTempFile("book", ".lua");
        Files.writeString(
                script,
                String.format(
                        Locale.ROOT,
                        """
                local instruments = {%s}
                local partners = {%s}
                local first = %d
                local threads = {}
                local next_id = 0
                function setup(thread)
                  next_id = next_id + 1
                  thread:set("id", next_id)
                  table.insert(threads, thread)
                end
                function init(args)
                  math.randomseed(os.time() * 31 + id)
                  created, conflicts, limited, other = 0, 0, 0, 0
                end
                local function iso(seconds)
                  return os.date("!%%Y-%%m-%%dT%%H:%%M:%%SZ", seconds)
                end
                function request()
                  local from = first + math.random(0, %d) * 86400 + math.random(0, 91) * 900
                  local partner = partners[math.random(#partners)]
                  local body = '{"instrumentId":"' .. instruments[math.random(#instruments)] .. '","start":"'
                    .. iso(from) .. '","end":"' .. iso(from + 3600) .. '","firmOrganizationId":"'
                    .. partner.firms[math.random(#partner.firms)] .. '"}'
                  return wrk.format("POST", nil,
                    {["Authorization"] = "Bearer " .. partner.token, ["Content-Type"] = "application/json"}, body)
                end
                function response(status, headers, body)
                  if status == 201 then created = created + 1
                  elseif status == 409 and string.find(body, "booking-limit", 1, true) then limited = limited + 1
                  elseif status == 409 then conflicts = conflicts + 1
                  else other = other + 1 end
                end
                function done(summary, latency, requests)
                  local c, k, l, o = 0, 0, 0, 0
                  for _, t in ipairs(threads) do
                    c = c + t:get("created"); k = k + t:get("conflicts"); l = l + t:get("limited")
                    o = o + t:get("other")
                  end
                  io.write(string.format("created=%%d conflicts=%%d limited=%%d other=%%d\\n", c, k, l, o))
                end
                """,
                        String.join(
                                ",",
                                instruments.stream().map(id -> "\"" + id + "\"").toList()),
                        String.join(
                                ",",
                                partners.entrySet().stream()
                                        .map(p -> "{token=\"" + p.getKey() + "\", firms={"
                                                + String.join(
                                                        ",",
                                                        p.getValue().stream()
                                                                .map(id -> "\"" + id + "\"")
                                                                .toList())
                                                + "}}")
                                        .toList()),
                        firstMidnight.getEpochSecond(),
                        DAYS - 1));
        return script;
    }

    /** Runs pgbench against this service's database: 16 clients claiming random hours on the same instruments. */
    private String pgbench(List<String> instruments, LocalDate firstDay) throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("CREATE TABLE IF NOT EXISTS bench_instrument (n int PRIMARY KEY, id uuid)")
                    .executeUpdate();
            for (int i = 0; i < instruments.size(); i++) {
                entityManager
                        .createNativeQuery("INSERT INTO bench_instrument VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                        .setParameter(1, i + 1)
                        .setParameter(2, UUID.fromString(instruments.get(i)))
                        .executeUpdate();
            }
        });
        Path script = Files.createTempFile("claim", ".sql");
        Files.writeString(
                script,
                String.format(
                        Locale.ROOT,
                        """
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
                """,
                        instruments.size(),
                        DAYS - 1,
                        BookingFixtures.at(firstDay.plusDays(DAYS + 10), "00:00"),
                        BookingFixtures.at(firstDay.plusDays(DAYS + 10), "00:00")));
        PostgresServer postgres = Postgres.shared();
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        ProcessBuilder builder = new ProcessBuilder(
                        "pgbench",
                        "-n",
                        "-c",
                        String.valueOf(CLIENTS),
                        "-j",
                        "2",
                        "-T",
                        String.valueOf(SECONDS),
                        "-f",
                        script.toString(),
                        "-h",
                        postgres.host(),
                        "-p",
                        String.valueOf(postgres.port()),
                        "-U",
                        postgres.username(),
                        database)
                .redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", postgres.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor())
                .as("pgbench exit status; output:%n%s", output)
                .isZero();
        return output;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static String match(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find())
                .as("'%s' in pgbench output:%n%s", regex, text)
                .isTrue();
        return matcher.group(1);
    }
}
