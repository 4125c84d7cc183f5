package io.deltashare.local;

import io.deltashare.testkit.kafka.LocalKafkaBroker;
import io.deltashare.testkit.keycloak.LocalKeycloakServer;
import io.deltashare.testkit.keycloak.RealmFiles;
import io.deltashare.testkit.mail.LocalMailServer;
import io.deltashare.testkit.postgres.EmbeddedPostgresServer;
import io.deltashare.testkit.process.ChildProcess;
import io.deltashare.testkit.process.ClassDataArchive;
import io.deltashare.testkit.process.FreePorts;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The whole DeltaShare system on this machine, each piece a real process on localhost: embedded PostgreSQL, a Kafka
 * broker and Keycloak from the testkit, then the five services and the gateway from their built Quarkus apps. Data
 * lives under one directory and survives restarts. {@link #close()} stops everything, newest first.
 */
public final class LocalSystem implements AutoCloseable {

    /** Where each piece listens; the services' and Keycloak's ports are the ones the READMEs and defaults use. */
    public record Ports(
            int postgres,
            int kafka,
            int keycloak,
            int catalog,
            int booking,
            int voucher,
            int settlement,
            int membership,
            int insight,
            int notification,
            int smtp,
            int mailView,
            int gateway) {
        public static Ports standard() {
            return new Ports(15432, 19092, 8180, 8081, 8082, 8083, 8084, 8085, 8086, 8087, 2525, 8025, 8080);
        }

        /** Free ports, for a system that must not collide with a developer's own local run (the e2e tests). */
        public static Ports free() {
            return new Ports(
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next(),
                    FreePorts.next());
        }

        List<Integer> all() {
            return List.of(
                    postgres,
                    kafka,
                    keycloak,
                    catalog,
                    booking,
                    voucher,
                    settlement,
                    membership,
                    insight,
                    notification,
                    smtp,
                    mailView,
                    gateway);
        }
    }

    /** A started piece: its name, process id, how long it took to be ready. */
    public record Started(String name, long pid, Duration took) {}

    /** A service module, its database, its API port and its management port (health and metrics). */
    private record Service(
            String name, String module, String database, String envPrefix, int port, int managementPort) {}

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    /**
     * Each start waits for its process on a thread of its own: the common pool would run only as many at once as the
     * machine has cores, less one.
     */
    private static final Executor ON_A_THREAD_OF_ITS_OWN = start -> {
        Thread thread = new Thread(start, "local-system-start");
        thread.setDaemon(true);
        thread.start();
    };

    private static final List<String> SERVICE_NAMES = List.of(
            "instrument-catalog",
            "booking",
            "innovation-voucher",
            "settlement",
            "membership",
            "insight",
            "notification",
            "gateway");

    private final Path repo;
    private final Path data;
    private final Ports ports;
    private final Consumer<String> progress;
    private final Map<String, String> extraEnvironment;
    private final List<AutoCloseable> running = new ArrayList<>();
    private final List<Started> started = new ArrayList<>();
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, ChildProcess> processes = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> common = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> serviceEnvironment = new LinkedHashMap<>();
    private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx384m", "-XX:+UseSerialGC"));
    private boolean classDataArchives;
    private volatile EmbeddedPostgresServer postgres;
    private volatile LocalKafkaBroker kafka;
    private volatile LocalKeycloakServer keycloak;
    private volatile LocalMailServer mail;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public LocalSystem(Path repo, Path data, Ports ports, Consumer<String> progress) {
        this(repo, data, ports, progress, Map.of());
    }

    /** With {@code extraEnvironment} for every service and the gateway (settings the e2e tests need). */
    public LocalSystem(
            Path repo, Path data, Ports ports, Consumer<String> progress, Map<String, String> extraEnvironment) {
        this.repo = repo;
        this.data = data;
        this.ports = ports;
        this.progress = progress;
        this.extraEnvironment = Map.copyOf(extraEnvironment);
    }

    /**
     * Loads the catalog's demo seed (services/instrument-catalog db/demo: thirteen providers across the four
     * provinces, 66 instruments) into the running catalog's database, then restarts the catalog with {@code
     * catalog.seed.announce} on, so that it announces the seeded rows to the other services as events. Flyway's
     * locations are fixed when the catalog is built, so the seed is run here rather than by the catalog itself.
     */
    public void seedDemoCatalog() throws IOException, SQLException {
        seedCatalog(List.of(), READY_TIMEOUT);
    }

    /**
     * Like {@link #seedDemoCatalog}, with {@code moreSeeds} (SQL scripts run after the demo seed, in order) in the
     * same announcement; the catalog announces every seeded row in one transaction at startup, given {@code
     * announcing} to do it (the simulation's 40,000 instruments take minutes, the demo seed seconds).
     */
    public void seedCatalog(List<String> moreSeeds, Duration announcing) throws IOException, SQLException {
        List<String> seeds = new ArrayList<>();
        seeds.add(Files.readString(
                repo.resolve("services/instrument-catalog/src/main/resources/db/demo/R__demo_catalog.sql")));
        seeds.addAll(moreSeeds);
        try (var connection = DriverManager.getConnection(
                        postgres.jdbcUrl("catalog"), postgres.username(), postgres.password());
                var statement = connection.createStatement()) {
            for (String seed : seeds) {
                statement.execute(seed);
            }
        }
        terminateService("instrument-catalog");
        serviceEnvironment.put(
                "instrument-catalog",
                Map.of(
                        "CATALOG_SEED_ANNOUNCE",
                        "true",
                        "QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT",
                        announcing.toSeconds() + "s"));
        long t0 = System.nanoTime();
        ChildProcess catalog = launch("instrument-catalog");
        awaitReady("instrument-catalog", announcing.plus(READY_TIMEOUT));
        synchronized (started) {
            started.removeIf(s -> s.name().equals("instrument-catalog"));
            started.add(new Started("instrument-catalog", catalog.pid(), since(t0)));
        }
    }

    /**
     * Also passes {@code options} to every service's and the gateway's JVM, e.g. {@code -XX:TieredStopAtLevel=1}
     * where starting fast matters more than peak speed (the fault suite restarts them dozens of times). In an option,
     * {@code {service}} stands for the service's name: {@code -XX:StartFlightRecording=filename=/tmp/{service}.jfr}
     * gives each JVM a recording of its own.
     */
    public LocalSystem withJvmOptions(List<String> options) {
        jvmOptions.addAll(options);
        return this;
    }

    /**
     * Keycloak's, the services' and the gateway's JVMs keep a class-data archive ({@link ClassDataArchive}): the first
     * run after a build writes it at its orderly stop, the later runs start on about a third less CPU.
     */
    public LocalSystem withClassDataArchives() {
        classDataArchives = true;
        return this;
    }

    public String gatewayUrl() {
        return "http://localhost:" + ports.gateway();
    }

    /** The local mail server's web view: every e-mail the system sent, newest first. */
    public String mailUrl() {
        return "http://127.0.0.1:" + ports.mailView() + "/";
    }

    public String keycloakUrl() {
        return "http://localhost:" + ports.keycloak();
    }

    public List<Started> started() {
        return List.copyOf(started);
    }

    /** Starts everything and returns when the gateway is ready. */
    public void start() throws Exception {
        for (int port : ports.all()) {
            try (ServerSocket probe = new ServerSocket(port)) {
                probe.setReuseAddress(true);
            } catch (IOException taken) {
                throw new IllegalStateException("port " + port + " is in use; stop what holds it (another local run?)");
            }
        }
        Files.createDirectories(data.resolve("logs"));

        // Keycloak and Kafka need nothing else: they start alongside PostgreSQL. The services start once PostgreSQL
        // (their migrations) and Kafka (their consumers) are up; they fetch Keycloak's keys at their first request.
        progress.accept("Keycloak with realm deltashare on port " + ports.keycloak() + " …");
        List<CompletableFuture<Duration>> starting = new ArrayList<>();
        starting.add(CompletableFuture.supplyAsync(this::startKeycloak, ON_A_THREAD_OF_ITS_OWN));
        progress.accept("Kafka broker on port " + ports.kafka() + " …");
        CompletableFuture<Duration> kafkaStarting =
                CompletableFuture.supplyAsync(this::startKafkaTimed, ON_A_THREAD_OF_ITS_OWN);
        starting.add(kafkaStarting);
        try {
            startPostgresAndServices(kafkaStarting, starting);
        } finally {
            // so that close() finds every process this start began, whatever failed
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new))
                    .exceptionally(failed -> null)
                    .join();
        }
    }

    /**
     * PostgreSQL, then the services once Kafka is up too; each service's start is added to {@code starting}, and this
     * returns when all of {@code starting} did.
     */
    private void startPostgresAndServices(
            CompletableFuture<Duration> kafkaStarting, List<CompletableFuture<Duration>> starting) throws Exception {
        long t0 = System.nanoTime();
        progress.accept("PostgreSQL 17 (embedded, every commit flushed to disk) on port " + ports.postgres() + " …");
        startPostgres();
        List<Service> definitions = List.of(
                new Service(
                        "instrument-catalog",
                        "services/instrument-catalog",
                        "catalog",
                        "CATALOG",
                        ports.catalog(),
                        managementPort(ports.catalog())),
                new Service(
                        "booking",
                        "services/booking",
                        "booking",
                        "BOOKING",
                        ports.booking(),
                        managementPort(ports.booking())),
                new Service(
                        "innovation-voucher",
                        "services/innovation-voucher",
                        "voucher",
                        "VOUCHER",
                        ports.voucher(),
                        managementPort(ports.voucher())),
                new Service(
                        "settlement",
                        "services/settlement",
                        "settlement",
                        "SETTLEMENT",
                        ports.settlement(),
                        managementPort(ports.settlement())),
                new Service(
                        "membership",
                        "services/membership",
                        "membership",
                        "MEMBERSHIP",
                        ports.membership(),
                        managementPort(ports.membership())),
                new Service(
                        "insight",
                        "services/insight",
                        "insight",
                        "INSIGHT",
                        ports.insight(),
                        managementPort(ports.insight())),
                new Service(
                        "notification",
                        "services/notification",
                        "notification",
                        "NOTIFICATION",
                        ports.notification(),
                        managementPort(ports.notification())),
                new Service(
                        "gateway", "gateway", "gateway", "GATEWAY", ports.gateway(), managementPort(ports.gateway())));
        for (Service service : definitions) {
            createDatabaseIfMissing(postgres, service.database());
            services.put(service.name(), service);
        }
        synchronized (started) {
            started.add(new Started("PostgreSQL", postgresPid(), since(t0)));
        }
        kafkaStarting.join();

        // in this JVM (not a process of its own): its memory is this JVM's, so it is not listed among the processes
        progress.accept("mail server (GreenMail, SMTP) on port " + ports.smtp() + ", web view on port "
                + ports.mailView() + " …");
        mail = LocalMailServer.start(ports.smtp(), ports.mailView());
        synchronized (running) {
            running.add(mail);
        }

        common.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        common.put("OIDC_AUTH_SERVER_URL", keycloakUrl() + "/realms/deltashare");
        common.put("CATALOG_URL", "http://localhost:" + ports.catalog());
        common.put("BOOKING_URL", "http://localhost:" + ports.booking());
        common.put("VOUCHER_URL", "http://localhost:" + ports.voucher());
        common.put("SETTLEMENT_URL", "http://localhost:" + ports.settlement());
        common.put("MEMBERSHIP_URL", "http://localhost:" + ports.membership());
        common.put("INSIGHT_URL", "http://localhost:" + ports.insight());
        common.put("NOTIFICATION_URL", "http://localhost:" + ports.notification());
        // notification sends to the local mail server; links in its e-mails point at this gateway
        common.put("SMTP_HOST", "127.0.0.1");
        common.put("SMTP_PORT", String.valueOf(ports.smtp()));
        common.put("SMTP_START_TLS", "DISABLED");
        common.put("PLATFORM_URL", gatewayUrl());
        // the demo realm's secret of notification's service account, which finds who to e-mail
        common.put("NOTIFICATION_KEYCLOAK_CLIENT_SECRET", "notification-demo-secret");
        common.put("KEYCLOAK_URL", keycloakUrl());
        // the demo realm's secret of membership's service account, which admits approved organizations
        common.put("MEMBERSHIP_KEYCLOAK_CLIENT_SECRET", "membership-demo-secret");
        common.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        common.putAll(tracing(tracingCollector()));
        // the demo realm's secret of the gateway's service account (deploy/keycloak/demo), which reads partner links
        common.put("GATEWAY_KEYCLOAK_CLIENT_SECRET", "gateway-demo-secret");
        // this machine only: nothing of the local run answers on another interface
        common.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        common.put("MANAGEMENT_HOST", "127.0.0.1");
        common.putAll(extraEnvironment);
        // the services and the gateway in parallel: none needs another to start
        definitions.forEach(service -> starting.add(
                CompletableFuture.supplyAsync(() -> startService(service.name()), ON_A_THREAD_OF_ITS_OWN)));
        CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
    }

    private Duration startKafkaTimed() {
        long t0 = System.nanoTime();
        startKafka();
        synchronized (started) {
            started.add(new Started("Kafka", kafka.pid(), since(t0)));
        }
        return since(t0);
    }

    /**
     * Keycloak with its users in a file under the data directory, so that people who signed up here are still there
     * after a restart, as the services' databases remember them.
     */
    private Duration startKeycloak() {
        long t0 = System.nanoTime();
        Path home = data.resolve("deltashare-keycloak-home");
        LocalKeycloakServer server = LocalKeycloakServer.start(
                RealmFiles.deltashare(),
                home,
                ports.keycloak(),
                LocalKeycloakServer.Store.FILE,
                classDataArchives
                        ? ClassDataArchive.jvmOptions(
                                home.resolve("class-data/keycloak.jsa"),
                                LocalKeycloakServer.distribution().resolve("lib"))
                        : List.of());
        keycloak = server;
        synchronized (running) {
            running.add(server);
        }
        synchronized (started) {
            started.add(new Started("Keycloak", server.pid(), since(t0)));
        }
        progress.accept("Keycloak ready in " + since(t0).toSeconds() + " s");
        return since(t0);
    }

    /**
     * Traces are not exported unless a collector is named: no collector runs here, and spans nobody receives cost CPU
     * and a warning every few seconds per service. {@code OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:4317
     * deploy/local/run} turns them on (a Jaeger all-in-one, say, listening there).
     */
    static Map<String, String> tracing(String collector) {
        if (collector == null) {
            return Map.of("QUARKUS_OTEL_SDK_DISABLED", "true");
        }
        return Map.of("QUARKUS_OTEL_SDK_DISABLED", "false", "OTEL_EXPORTER_OTLP_ENDPOINT", collector);
    }

    /** Where the services send traces, as the banner says it. */
    public String tracesTo() {
        String collector = tracingCollector();
        return collector == null
                ? "off (OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:4317 deploy/local/run exports them there)"
                : "exported to " + collector;
    }

    private String tracingCollector() {
        String collector = extraEnvironment.getOrDefault(
                "OTEL_EXPORTER_OTLP_ENDPOINT", System.getenv("OTEL_EXPORTER_OTLP_ENDPOINT"));
        return collector == null || collector.isBlank() ? null : collector;
    }

    /** The names of the services, the gateway last: what {@link #startService} and friends take. */
    public static List<String> serviceNames() {
        return SERVICE_NAMES;
    }

    /** Starts a service (again) and waits until it is ready. */
    public Duration startService(String name) {
        long t0 = System.nanoTime();
        ChildProcess process = launch(name);
        Service service = services.get(name);
        awaitReady(service.name(), service.managementPort(), process, READY_TIMEOUT);
        synchronized (started) {
            started.removeIf(s -> s.name().equals(name));
            started.add(new Started(service.name(), process.pid(), since(t0)));
        }
        progress.accept(service.name() + " ready in " + since(t0).toSeconds() + " s");
        return since(t0);
    }

    /** Starts a service (again) without waiting for it: it may not become ready until what it needs is back. */
    public ChildProcess launch(String name) {
        Service service = service(name);
        if (processes.containsKey(name) && processes.get(name).isAlive()) {
            throw new IllegalStateException(name + " is running already");
        }
        Path app = repo.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(app)) {
            throw new IllegalStateException(app + " is missing; build first: ./mvnw -q install -DskipTests");
        }
        Map<String, String> env = new LinkedHashMap<>(common);
        env.put(service.envPrefix() + "_DB_URL", postgres.jdbcUrl(service.database()));
        env.put(service.envPrefix() + "_DB_USER", postgres.username());
        env.put(service.envPrefix() + "_DB_PASSWORD", postgres.password());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(service.port()));
        env.put("MANAGEMENT_PORT", String.valueOf(service.managementPort()));
        // glibc's malloc keeps an arena per thread that allocates; two are enough for a JVM and cost far less memory
        env.put("MALLOC_ARENA_MAX", "2");
        env.putAll(serviceEnvironment.getOrDefault(name, Map.of()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        progress.accept(service.name() + " on port " + service.port() + " …");
        List<String> command = new ArrayList<>(List.of(java));
        jvmOptions.forEach(option -> command.add(option.replace("{service}", service.name())));
        if (classDataArchives) {
            Path module = repo.resolve(service.module());
            command.addAll(ClassDataArchive.jvmOptions(
                    module.resolve("target/class-data").resolve(service.name() + ".jsa"),
                    module.resolve("target/quarkus-app")));
        }
        command.addAll(List.of("-jar", app.toString()));
        ChildProcess process = ChildProcess.start(
                service.name(), command, data, env, data.resolve("logs").resolve(service.name() + ".log"));
        processes.put(name, process);
        return process;
    }

    /** Whether the service answers its readiness probe now. */
    public boolean isReady(String name) {
        HttpRequest ready = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + service(name).managementPort() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        try {
            return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListening) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until a service launched earlier is ready. */
    public void awaitReady(String name, Duration timeout) {
        awaitReady(name, service(name).managementPort(), processes.get(name), timeout);
    }

    /**
     * SIGTERM to a service, as Kubernetes, systemd or Ctrl-C send it; returns once it has exited. One that has not
     * exited a minute later is a failure: its threads are dumped next to its log (and summed up in the exception),
     * then it is killed, so nothing of it stays behind.
     */
    public void terminateService(String name) {
        ChildProcess process = processes.remove(name);
        if (!process.terminate(Duration.ofSeconds(60))) {
            long pid = process.server().pid();
            String threads = JvmThreads.dump(pid, data.resolve("logs").resolve(name + "-threads-" + pid + ".txt"));
            process.kill();
            process.close();
            throw new IllegalStateException(
                    name + " did not stop within a minute of SIGTERM and was killed; " + threads);
        }
        process.close();
    }

    /** Starts every service that is not running (stopped by a fault that then failed), each until it is ready. */
    public void startStoppedServices() {
        for (String name : SERVICE_NAMES) {
            ChildProcess process = processes.get(name);
            if (process == null || !process.isAlive()) {
                startService(name);
            }
        }
    }

    /** SIGKILL to a service: it gets no chance to finish anything. */
    public void killService(String name) {
        ChildProcess process = processes.remove(name);
        process.kill();
        process.close();
    }

    /** The process id of a running service. */
    public long servicePid(String name) {
        return processes.get(name).server().pid();
    }

    public int port(String service) {
        return service(service).port();
    }

    /** Where a service's health and metrics answer. */
    public int managementPort(String service) {
        return service(service).managementPort();
    }

    /** Starts PostgreSQL (again) on its data directory, with production durability. */
    public void startPostgres() {
        postgres = EmbeddedPostgresServer.start(
                data.resolve("postgres"), ports.postgres(), EmbeddedPostgresServer.Durability.DURABLE);
    }

    /** Stops PostgreSQL the orderly way (fast shutdown: sessions are cut, a checkpoint is written). */
    public void stopPostgres() {
        postgres.close();
    }

    /** SIGKILL to the postmaster: a crash, recovered from the write-ahead log at the next start. */
    public void killPostgres() {
        postgres.kill(data.resolve("postgres"));
    }

    /** Keycloak's admin API, for a test that must change the realm (a redirect URI on a free port, say). */
    public io.deltashare.testkit.keycloak.KeycloakAdmin keycloakAdmin() {
        return new io.deltashare.testkit.keycloak.KeycloakAdmin(keycloak);
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    /** Starts the Kafka broker (again) on its data directory and port. */
    public void startKafka() {
        Path kafkaDir = data.resolve("deltashare-kafka-local");
        kafka = LocalKafkaBroker.start(kafkaDir, ports.kafka(), !Files.exists(kafkaDir.resolve("data")));
    }

    /** SIGKILL to the Kafka broker. */
    public void killKafka() {
        kafka.kill();
    }

    /** Stops the Kafka broker the orderly way. */
    public void stopKafka() {
        kafka.close();
    }

    private Service service(String name) {
        Service service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service " + name + "; there are " + services.keySet());
        }
        return service;
    }

    /** Health and metrics beside the standard ports (8081 → 9081, gateway 9080); free ports otherwise. */
    private int managementPort(int apiPort) {
        return ports.equals(Ports.standard()) ? apiPort + 1000 : FreePorts.next();
    }

    private void awaitReady(String name, int managementPort, ChildProcess process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " stopped while starting; its log says:\n" + process.logTail(40));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            process.awaitExit(Duration.ofMillis(500)); // the next probe, or at once if the service dies
        }
        throw new IllegalStateException(name + " was not ready after " + timeout.toSeconds() + " s; log: "
                + process.log() + "\n" + process.logTail(40));
    }

    private static void createDatabaseIfMissing(EmbeddedPostgresServer postgres, String database) {
        try (var connection = DriverManager.getConnection(
                        postgres.jdbcUrl("postgres"), postgres.username(), postgres.password());
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                postgres.createDatabase(database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check database " + database, e);
        }
    }

    /** The postmaster's pid, read from its data directory. */
    private long postgresPid() {
        try {
            return Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid"))
                    .get(0)
                    .trim());
        } catch (IOException | RuntimeException unknown) {
            return -1;
        }
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** Stops every process: the gateway and the services, then Keycloak, Kafka and PostgreSQL. */
    @Override
    public void close() {
        List<AutoCloseable> stopping = new ArrayList<>();
        List<String> names = new ArrayList<>(SERVICE_NAMES);
        java.util.Collections.reverse(names);
        names.stream().map(processes::remove).filter(java.util.Objects::nonNull).forEach(stopping::add);
        synchronized (running) {
            for (int i = running.size() - 1; i >= 0; i--) {
                stopping.add(running.get(i));
            }
            running.clear();
        }
        if (kafka != null) {
            stopping.add(kafka);
        }
        if (postgres != null) {
            stopping.add(postgres);
        }
        for (AutoCloseable piece : stopping) {
            try {
                piece.close();
            } catch (Exception e) {
                progress.accept("could not stop a process cleanly: " + e.getMessage());
            }
        }
        kafka = null;
        postgres = null;
    }
}
