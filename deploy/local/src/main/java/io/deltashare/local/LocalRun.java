package io.deltashare.local;

import io.deltashare.testkit.keycloak.Tokens;
import io.deltashare.testkit.process.Directories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code deploy/local/run}: starts DeltaShare on this machine, loads the demo data on the first run, prints how to use
 * it, and stops everything on Ctrl-C. Options: {@code --reset} deletes the data first; {@code --data <dir>} keeps
 * it elsewhere than {@code ~/.deltashare/local}.
 */
public final class LocalRun {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * The services' and the gateway's JVMs here are for trying the system, not for load: C1 only, so the eight of
     * them start on two cores without waiting for the optimizing compiler, which also needs memory of its own; a
     * heap that gives back what it does not use.
     */
    static final List<String> TRY_OUT = List.of(
            "-XX:TieredStopAtLevel=1",
            "-Xms16m",
            "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30",
            "-XX:ReservedCodeCacheSize=64m");

    private LocalRun() {}

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(System.getProperty("testkit.repo-root", "."))
                .toAbsolutePath()
                .normalize();
        Path data = Path.of(System.getProperty("user.home"), ".deltashare", "local");
        boolean reset = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--reset" -> reset = true;
                case "--data" -> data = Path.of(args[++i]).toAbsolutePath();
                default -> {
                    System.err.println("usage: deploy/local/run [--reset] [--data <dir>] [--build]");
                    System.exit(2);
                }
            }
        }
        Logger.getLogger("").setLevel(Level.WARNING); // the testkit's INFO lines go to the logs; progress goes here
        if (reset) {
            say("deleting the local data in " + data);
            Directories.deleteTree(data);
        }
        Files.createDirectories(data);
        LocalSystem system = new LocalSystem(repo, data, LocalSystem.Ports.standard(), LocalRun::say)
                .withJvmOptions(TRY_OUT)
                .withClassDataArchives();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            say("stopping …");
                            system.close();
                            say("stopped");
                            stopped.countDown();
                        },
                        "stop-deltashare"));
        long t0 = System.nanoTime();
        try {
            system.start();
        } catch (Exception | Error failure) {
            System.err.println("\nDeltaShare did not start: " + failure.getMessage());
            System.exit(1);
        }
        Path loaded = data.resolve("demo-data.loaded");
        if (!Files.exists(loaded)) {
            say("loading the catalog's demo seed (13 providers, 66 instruments) …");
            system.seedDemoCatalog();
            say("loading the demo data through the gateway …");
            new DemoData(system.gatewayUrl(), new Tokens(system.keycloakUrl() + "/realms/deltashare"), LocalRun::say)
                    .loadOnTheSeededCatalog();
            Files.writeString(loaded, "loaded " + java.time.Instant.now() + "\n");
        }
        say("DeltaShare is up in " + Duration.ofNanos(System.nanoTime() - t0).toSeconds() + " s");
        System.out.println(banner(system, data));
        stopped.await();
    }

    static String banner(LocalSystem system, Path data) {
        StringBuilder processes = new StringBuilder();
        long totalKb = memoryKb(ProcessHandle.current().pid());
        for (LocalSystem.Started started : system.started()) {
            totalKb += residentKb(started.pid());
            processes.append(String.format(
                    Locale.ROOT,
                    "    %-20s pid %-8d ready in %5.1f s  %5d MB%n",
                    started.name(),
                    started.pid(),
                    started.took().toMillis() / 1000.0,
                    residentKb(started.pid()) / 1024));
        }
        processes.append(String.format(
                Locale.ROOT,
                "    %-20s %5d MB (shared pages split among the processes sharing them), this launcher and its mail"
                        + " server included%n",
                "the whole system",
                totalKb / 1024));
        String gateway = system.gatewayUrl();
        String keycloak = system.keycloakUrl();
        return """

                  Gateway      %1$s/api/v1
                  Swagger UI   %1$s/q/swagger-ui   (OpenAPI of everything: %1$s/openapi)
                  Keycloak     %2$s   (admin console: admin / admin)
                  Mail         %5$s   (every e-mail the system sent; SMTP on 127.0.0.1, nothing leaves)
                  Data, logs   %3$s   (logs/: 16 MiB a file, rotated daily, gzipped, 64 MiB a process)
                  Traces       %6$s

                  Processes:
                %4$s
                  Demo users (password demo): firm.sh-nanotech, firm.js-biomed, firm.zj-materials, firm.ah-quantum,
                  provider.sh-analysis-centre, provider.ah-hefei-institute, provider.zj-fluid-engineering-lab,
                  provider.zj-electromechanical-institute, bureau.sh, bureau.js, bureau.zj, bureau.ah,
                  bureau.js-wujiang (pilot locality 吴江), admin.platform; partner clients partner-yangtze-lab-portal / partner-demo-secret and
                  partner-hefei-lab-portal / partner-two-demo-secret.

                  Try:
                    TOKEN=$(curl -s -d grant_type=password -d client_id=deltashare-demo-cli -d username=firm.js-biomed \\
                      -d password=demo %2$s/realms/deltashare/protocol/openid-connect/token | jq -r .access_token)
                    curl -s -G -H "Authorization: Bearer $TOKEN" --data-urlencode q=电镜 -d region=CN-SH \\
                      %1$s/api/v1/instruments | jq '.items[] | {id, name: .name.zh, category}'
                    curl -s -H "Authorization: Bearer $TOKEN" "%1$s/api/v1/voucher-programs?region=CN-JS" | jq
                    FROM=$(date -u -d '+2 days' +%%Y-%%m-%%dT00:00:00Z); TO=$(date -u -d '+9 days' +%%Y-%%m-%%dT00:00:00Z)
                    curl -s -H "Authorization: Bearer $TOKEN" \\
                      "%1$s/api/v1/availability?category=electron-microscopy&from=$FROM&to=$TO&minutes=120" | jq

                  Ctrl-C stops everything; the data stays for the next run (deploy/local/run --reset starts afresh).
                """.formatted(gateway, keycloak, data, processes, system.mailUrl(), system.tracesTo());
    }

    /**
     * The memory of a process and its children (the servers that fork), from /proc: proportional (PSS), so that
     * PostgreSQL's shared buffers, touched by every one of its processes, count once; 0 when unknown.
     */
    static long residentKb(long pid) {
        long kb = memoryKb(pid);
        for (ProcessHandle child :
                ProcessHandle.of(pid).map(p -> p.descendants().toList()).orElse(List.of())) {
            kb += memoryKb(child.pid());
        }
        return kb;
    }

    /** One process's proportional memory (its resident memory where the kernel gives no PSS). */
    private static long memoryKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException noRollup) {
            // below
        }
        return rssKb(pid);
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException gone) {
            return 0;
        }
        return 0;
    }

    private static void say(String line) {
        System.out.println("[" + LocalTime.now().format(CLOCK) + "] " + line);
    }
}
