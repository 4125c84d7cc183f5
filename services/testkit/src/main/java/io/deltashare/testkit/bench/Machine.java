package io.deltashare.testkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a benchmark ran on and what else ran meanwhile, for the head of its report: the figures of a shared 2-core
 * machine mean little without them. {@link #watch} when the benchmark begins, {@link #describe} when it ends.
 */
public final class Machine {

    /** One process as seen at a reading: its short name and the CPU it had used so far. */
    private record Sample(String name, Duration cpu) {}

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Instant began;
    private final long beganNanos;
    private final String loadWhenBegun;
    private final Map<Long, Sample> before;

    private Machine(Instant began, long beganNanos, String loadWhenBegun, Map<Long, Sample> before) {
        this.began = began;
        this.beganNanos = beganNanos;
        this.loadWhenBegun = loadWhenBegun;
        this.before = before;
    }

    /** Starts watching: the time, the load average and every process's CPU so far. */
    public static Machine watch() {
        return new Machine(Instant.now(), System.nanoTime(), loadAverage(), samples());
    }

    /**
     * A Markdown paragraph: date, cores, memory, system and JVM, the load average when the benchmark began, and the
     * processes that used the most CPU since (its own among them), in cores averaged over the whole run.
     */
    public String describe() {
        double seconds = (System.nanoTime() - beganNanos) / 1e9;
        Map<Long, Sample> after = samples();
        Map<String, Double> coresByName = new HashMap<>();
        after.forEach((pid, sample) -> {
            Duration earlier = before.containsKey(pid) ? before.get(pid).cpu() : Duration.ZERO;
            double cores = sample.cpu().minus(earlier).toMillis() / 1000.0 / seconds;
            coresByName.merge(sample.name(), cores, Double::sum);
        });
        List<String> busiest = coresByName.entrySet().stream()
                .filter(e -> e.getValue() >= 0.01)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(8)
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
                .toList();
        return String.format(
                Locale.ROOT,
                """
                Machine: %d cores, %s memory, %s %s, Java %s (%s); %s, %.0f s, load average %s when it began.
                CPU over the run, in cores, of every process still running at its end, by name (those below 0.01 \
                left out; wrk and pgbench, ended by then, are in the tables above): %s.
                """,
                Runtime.getRuntime().availableProcessors(),
                memory(),
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                WHEN.format(began),
                seconds,
                loadWhenBegun,
                busiest.isEmpty() ? "none measured" : String.join(", ", busiest));
    }

    private static Map<Long, Sample> samples() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().totalCpuDuration().isPresent())
                .collect(Collectors.toMap(
                        ProcessHandle::pid,
                        p -> new Sample(name(p), p.info().totalCpuDuration().orElseThrow()),
                        (a, b) -> a));
    }

    /** The program's file name, or for a JVM the jar or main class it runs (every service is "java"). */
    private static String name(ProcessHandle process) {
        String command = process.info().command().orElse("(unnamed)");
        String program = command.substring(command.lastIndexOf('/') + 1);
        if (!program.equals("java")) {
            return program;
        }
        if (process.pid() == ProcessHandle.current().pid()) {
            return "java (this benchmark)";
        }
        String[] arguments = process.info().arguments().orElse(new String[0]);
        String all = String.join(" ", arguments);
        if (all.contains("keycloak")) {
            return "java keycloak";
        }
        if (all.contains("plexus.classworlds")) {
            return "java maven";
        }
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            if (argument.equals("-jar") && i + 1 < arguments.length) {
                String jar = arguments[i + 1];
                // services/booking/target/quarkus-app/quarkus-run.jar says less than its module's name
                int app = jar.indexOf("/target/quarkus-app/");
                String module = app > 0 ? jar.substring(0, app) : jar;
                return "java " + module.substring(module.lastIndexOf('/') + 1);
            }
            if (!argument.startsWith("-") && (i == 0 || !arguments[i - 1].matches("-cp|-classpath|--class-path"))) {
                return "java " + argument.substring(argument.lastIndexOf('.') + 1);
            }
        }
        return "java";
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException | RuntimeException notLinux) {
            return "unknown";
        }
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kib = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // below
        }
        return "unknown";
    }
}
