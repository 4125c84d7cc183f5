package io.deltashare.simulation;

import io.deltashare.local.LocalSystem;
import io.deltashare.testkit.process.Directories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code deploy/simulation/run [--percent N] [--clients N] [--keep-data]}: starts the whole system like the local
 * run (on free ports, with fresh data, the simulated clock on), plays the year 2023 at N % of the published volume
 * (default 100) with N concurrent clients (default 8), prints the plan's figures beside the API's and a report of the
 * run, writes the report to {@code deploy/simulation/target/simulation/}, stops everything and exits 1 if any
 * figure differs.
 */
public final class SimulationRun {

    /**
     * Settings of the simulation's system only. The clock: every service takes the time the simulation sets. The
     * rate limit: one bureau officer approves a thousand applications in minutes here, which a person at the gateway
     * could not do and is not allowed to; the simulation plays a year, not an attack.
     */
    static final Map<String, String> ENVIRONMENT = Map.of(
            "DELTASHARE_SIMULATION_ENABLED", "true",
            "GATEWAY_RATE_LIMIT_TIERS_STANDARD_CAPACITY", "1000000",
            "GATEWAY_RATE_LIMIT_TIERS_ANONYMOUS_CAPACITY", "1000000");

    private SimulationRun() {}

    public static void main(String[] args) throws Exception {
        int percent = 100;
        int clients = 8;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--percent" -> percent = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--keep-data" -> keep = true;
                default -> {
                    System.err.println("usage: deploy/simulation/run [--percent 1..100] [--clients N] [--keep-data]");
                    System.exit(64);
                }
            }
        }
        Path repo = Path.of(System.getProperty("testkit.repo-root", "."))
                .toAbsolutePath()
                .normalize();
        Path report =
                repo.resolve("deploy/simulation/target/simulation/year-" + YearPlan.YEAR + "-" + percent + "pct.md");
        SimulatedYear.Outcome outcome =
                run(repo, percent, clients, keep, line -> System.out.println("[simulation] " + line), report);
        System.exit(outcome.matches() ? 0 : 1);
    }

    /** Starts the system, plays the year, writes {@code report}, stops the system; the outcome. */
    public static SimulatedYear.Outcome run(
            Path repo, int percent, int clients, boolean keepData, Consumer<String> progress, Path report)
            throws Exception {
        YearPlan plan = YearPlan.atPercent(percent);
        Path data = Files.createTempDirectory("deltashare-simulation-");
        progress.accept("data and logs in " + data + (keepData ? " (kept)" : ""));
        long t0 = System.nanoTime();
        try (LocalSystem system = new LocalSystem(repo, data, LocalSystem.Ports.free(), progress, ENVIRONMENT)) {
            system.start();
            Duration startup = Duration.ofNanos(System.nanoTime() - t0);
            progress.accept("system up in " + startup.toSeconds() + " s; playing " + YearPlan.YEAR + " at " + percent
                    + " % (" + plan.firmsApplied() + " firms, " + plan.orders() + " orders) with " + clients
                    + " clients");
            SimulatedYear.Outcome outcome = new SimulatedYear(system, plan, clients, progress).play();
            String text = report(plan, clients, startup, outcome);
            System.out.println(text);
            Files.createDirectories(report.getParent());
            Files.writeString(report, text);
            progress.accept("report: " + report);
            return outcome;
        } finally {
            if (!keepData) {
                Directories.deleteTree(data);
            }
        }
    }

    static String report(YearPlan plan, int clients, Duration startup, SimulatedYear.Outcome outcome) {
        StringBuilder out = new StringBuilder();
        out.append("# The simulated year ")
                .append(YearPlan.YEAR)
                .append(" at ")
                .append(plan.percent())
                .append(" %\n\n");
        out.append("Run ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ")
                .append(clients)
                .append(" concurrent clients, nothing else running. ")
                .append(plan.firmsApplied())
                .append(" firms, ")
                .append(plan.orders())
                .append(" development orders.\n\n");
        out.append("| indicator | the plan | the API | |\n|---|---:|---:|---|\n");
        for (SimulatedYear.Figure figure : outcome.figures()) {
            out.append("| ")
                    .append(figure.name())
                    .append(" | ")
                    .append(figure.expected())
                    .append(" | ")
                    .append(figure.actual())
                    .append(" | ")
                    .append(figure.matches() ? "equal" : "**DIFFERENT**")
                    .append(" |\n");
        }
        double seconds = outcome.wall().toMillis() / 1000.0;
        out.append("\n| phase | wall time (s) |\n|---|---:|\n");
        out.append(String.format("| system start | %.1f |%n", startup.toMillis() / 1000.0));
        outcome.phases()
                .forEach((name, took) -> out.append(String.format("| %s | %.1f |%n", name, took.toMillis() / 1000.0)));
        out.append(String.format("| **the year, in all** | **%.1f** |%n", seconds));
        out.append(String.format(
                "%nThroughput: %d API requests in %.1f s, %.0f requests/s; %.1f firms joined and applied per second;"
                        + " %.2f orders (quote, acceptance, two milestones, redemption) per second.%n",
                outcome.requests(),
                seconds,
                outcome.requests() / seconds,
                plan.firmsApplied() / seconds,
                plan.orders() / seconds));
        out.append(outcome.matches() ? "\nEvery figure equals the plan.\n" : "\nA figure differs from the plan.\n");
        return out.toString();
    }
}
