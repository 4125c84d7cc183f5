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
    private static final List<String> SERVICES = List.of("instrument-catalog", "booking", "innovation-voucher",
            "settlement");

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
        assertThat(system.local.postgres().query("postgres", "SHOW synchronous_commit")).isEqualTo("on");
    }

    @Test
    void aServiceStartedWhileTheBrokerIsDownStartsAndBecomesReadyWhenTheBrokerIsBack() throws Exception {
        List<String> services = List.of("booking", "innovation-voucher", "settlement");
        for (int repeat = 1; repeat <= REPEATS; repeat++) {
            String service = services.get(repeat - 1);
            system.inject("start " + service + " while Kafka is down", repeat, false, local -> {
                local.terminateService(service);
                local.stopKafka();
                local.launch(service);
                Awaitility.await(service + " is alive but not ready without the broker").atMost(Duration.ofMinutes(2))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> status(local, service, "/q/health/live") == 200
                                && status(local, service, "/q/health/ready") == 503);
                local.startKafka();
                local.awaitReady(service, Duration.ofMinutes(2));
                awaitAllReady(local);
            });
        }
    }

    @Test
    void aServiceStartedWhilePostgresIsDownWaitsForItAndBecomesReady() throws Exception {
        List<String> services = List.of("booking", "innovation-voucher", "settlement");
        for (int repeat = 1; repeat <= REPEATS; repeat++) {
            String service = services.get(repeat - 1);
            system.inject("start " + service + " while PostgreSQL is down", repeat, false, local -> {
                local.terminateService(service);
                local.stopPostgres();
                ChildProcess process = local.launch(service);
                Retry.pause(Duration.ofSeconds(8));
                assertThat(process.isAlive()).as("%s waits for its database instead of exiting", service).isTrue();
                assertThat(local.isReady(service)).as("%s is not ready without its database", service).isFalse();
                local.startPostgres();
                local.awaitReady(service, Duration.ofMinutes(2));
                awaitAllReady(local);
            });
        }
    }

    /** Breaks a piece every service needs, brings it back after a while, and waits until every service is ready. */
    private static void threeTimes(String name, FaultSystem.Fault breakIt, FaultSystem.Fault bringBack) throws Exception {
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
        Awaitility.await("every service is ready again").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> LocalSystem.serviceNames().stream().allMatch(local::isReady));
    }

    private static int status(LocalSystem local, String service, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + local.port(service) + path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception notListening) {
            return 0;
        }
    }
}
