package io.deltashare.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.local.LocalSystem;
import io.deltashare.testkit.process.ChildProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One fault at a time, each three times, under a mixed load through the gateway; after each, everything answered 2xx
 * is stored with all its effects, nothing twice, no dead letter, no saga waiting, the reconciliation clean, and the
 * gateway answered every call meanwhile (503 problem+json at worst, never a 500, never a hang). The figures go to
 * {@code target/fault-report.md}.
 */
class FaultSuiteIT {

    private static final int REPEATS = 3;
    private static final List<String> SERVICES =
            List.of("instrument-catalog", "booking", "innovation-voucher", "settlement", "insight", "notification");

    private static FaultSystem system;

    @BeforeAll
    static void startTheSystemUnderLoad() throws Exception {
        system = FaultSystem.shared();
    }

    @AfterAll
    static void printTheFigures() {
        if (system != null) {
            System.out.println(system.report.markdown());
        }
    }

    @Test
    void aSigtermToAnyServiceOrTheGatewayLosesNothing() throws Exception {
        for (String service : LocalSystem.serviceNames()) {
            for (int repeat = 1; repeat <= REPEATS; repeat++) {
                system.inject("SIGTERM " + service, repeat, service.equals("gateway"), local -> {
                    local.terminateService(service);
                    Retry.pause(FaultSystem.DOWN);
                    local.startService(service);
                });
            }
        }
    }

    @Test
    void aSigkillOfAnyServiceLosesNothing() throws Exception {
        for (String service : SERVICES) {
            for (int repeat = 1; repeat <= REPEATS; repeat++) {
                system.inject("SIGKILL " + service, repeat, false, local -> {
                    local.killService(service);
                    Retry.pause(FaultSystem.DOWN);
                    local.startService(service);
                });
            }
        }
    }

    @Test
    void theBrokerKilledAndRestartedLosesNothing() throws Exception {
        threeTimes("SIGKILL Kafka broker", LocalSystem::killKafka, LocalSystem::startKafka);
    }

    @Test
    void postgresStoppedAndStartedLosesNothing() throws Exception {
        threeTimes("PostgreSQL fast shutdown", LocalSystem::stopPostgres, LocalSystem::startPostgres);
    }

    @Test
    void postgresKilledAndRestartedLosesNothingItAcknowledged() throws Exception {
        threeTimes("SIGKILL PostgreSQL", LocalSystem::killPostgres, LocalSystem::startPostgres);
        assertThat(system.local.postgres().query("postgres", "SHOW fsync")).isEqualTo("on");
        assertThat(system.local.postgres().query("postgres", "SHOW synchronous_commit"))
                .isEqualTo("on");
    }

    @Test
    void aServiceStartedWhileTheBrokerIsDownStartsAndBecomesReadyWhenTheBrokerIsBack() throws Exception {
        // it listens, says it is alive, and not ready (the broker is part of readiness)
        startWhileDown(
                "Kafka",
                LocalSystem::stopKafka,
                LocalSystem::startKafka,
                Duration.ofSeconds(3),
                (local, service, process) -> status(local, service, "/q/health/live") == 200
                        && status(local, service, "/q/health/ready") == 503);
    }

    @Test
    void aServiceStartedWhilePostgresIsDownWaitsForItAndBecomesReady() throws Exception {
        // it waits in Flyway for its database, neither exiting nor listening; 8 s outlasts the first three retries
        startWhileDown(
                "PostgreSQL",
                LocalSystem::stopPostgres,
                LocalSystem::startPostgres,
                Duration.ofSeconds(8),
                (local, service, process) -> process.isAlive() && !local.isReady(service));
    }

    /** How a service started without a piece it needs should behave until that piece is back. */
    @FunctionalInterface
    private interface Waiting {
        boolean holds(LocalSystem local, String service, ChildProcess process);
    }

    /**
     * Stops a service and a piece it needs, starts the service, checks that it waits as it should for {@code holding}
     * without a break, brings the piece back, and waits until the service and every other one are ready. Once each
     * for booking, innovation-voucher and settlement.
     */
    private static void startWhileDown(
            String piece, FaultSystem.Fault stop, FaultSystem.Fault start, Duration holding, Waiting waiting)
            throws Exception {
        List<String> services = List.of("booking", "innovation-voucher", "settlement");
        for (int repeat = 1; repeat <= REPEATS; repeat++) {
            String service = services.get(repeat - 1);
            system.inject("start " + service + " while " + piece + " is down", repeat, false, local -> {
                local.terminateService(service);
                stop.inject(local);
                ChildProcess process = local.launch(service);
                Awaitility.await(service + " waits as it should while " + piece + " is down")
                        .during(holding)
                        .atMost(Duration.ofMinutes(2))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> waiting.holds(local, service, process));
                start.inject(local);
                local.awaitReady(service, Duration.ofMinutes(2));
                awaitAllReady(local);
            });
        }
    }

    /** Breaks a piece every service needs, brings it back after a while, and waits until every service is ready. */
    private static void threeTimes(String name, FaultSystem.Fault breakIt, FaultSystem.Fault bringBack)
            throws Exception {
        for (int repeat = 1; repeat <= REPEATS; repeat++) {
            system.inject(name, repeat, false, local -> {
                breakIt.inject(local);
                Retry.pause(FaultSystem.DOWN);
                bringBack.inject(local);
                awaitAllReady(local);
            });
        }
    }

    private static void awaitAllReady(LocalSystem local) {
        Awaitility.await("every service is ready again")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> LocalSystem.serviceNames().stream().allMatch(local::isReady));
    }

    private static int status(LocalSystem local, String service, String path) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://localhost:" + local.managementPort(service) + path))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception notListening) {
            return 0;
        }
    }
}
