package io.deltashare.testkit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** CPU time of the processes on this machine, grouped by what they are, to show benchmarks who used the cores. */
public final class CpuUse {

    /** All busy CPU of the machine, from /proc/stat: it also counts processes that ended in between. */
    private static final String MACHINE = "whole machine";

    private CpuUse() {}

    private static Duration machineBusy() {
        try {
            String[] fields =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busyTicks = 0;
            for (int i = 1; i < Math.min(fields.length, 9); i++) {
                busyTicks += i == 4 || i == 5 ? 0 : Long.parseLong(fields[i]); // idle and iowait are not busy
            }
            return Duration.ofMillis(busyTicks * 10); // USER_HZ is 100 on Linux
        } catch (java.io.IOException | RuntimeException notLinux) {
            return Duration.ZERO;
        }
    }

    /** CPU used so far by each kind of process; {@code thisJvm} names the benchmark's own JVM. */
    public static Map<String, Duration> byProcessGroup(String thisJvm) {
        long self = ProcessHandle.current().pid();
        Map<String, Duration> cpu = new TreeMap<>();
        ProcessHandle.allProcesses().forEach(process -> {
            ProcessHandle.Info info = process.info();
            String command = info.command().orElse("") + " "
                    + String.join(" ", info.arguments().orElse(new String[0]));
            String group = process.pid() == self
                    ? thisJvm
                    : command.contains("postgres")
                            ? "PostgreSQL"
                            : command.contains("nginx")
                                    ? "nginx"
                                    : command.contains("wrk")
                                            ? "wrk"
                                            : command.contains("pgbench")
                                                    ? "pgbench"
                                                    : command.contains("deltashare-kafka")
                                                                    || command.contains("kafka.Kafka")
                                                            ? "Kafka broker"
                                                            : command.contains("keycloak") ? "Keycloak" : "other";
            info.totalCpuDuration().ifPresent(d -> cpu.merge(group, d, Duration::plus));
        });
        cpu.put(MACHINE, machineBusy());
        return cpu;
    }

    /** The cores each kind of process used between two readings {@code seconds} apart. */
    public static String cores(Map<String, Duration> before, Map<String, Duration> after, int seconds) {
        StringBuilder text = new StringBuilder();
        after.forEach((group, total) -> {
            double cores =
                    total.minus(before.getOrDefault(group, Duration.ZERO)).toMillis() / 1000.0 / seconds;
            if (cores >= 0.005) {
                text.append(text.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %.2f", group, cores));
            }
        });
        return text.toString();
    }
}
