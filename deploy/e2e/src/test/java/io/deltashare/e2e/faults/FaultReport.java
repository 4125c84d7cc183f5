package io.deltashare.e2e.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The figures of every fault injected: what the load sent meanwhile, what failed and how, how long until whole. */
final class FaultReport {

    /** One injection of a fault. */
    record Row(
            String fault,
            int repeat,
            Duration down,
            int sent,
            Map<String, Long> answers,
            Duration untilWhole,
            boolean whole) {}

    private final List<Row> rows = new ArrayList<>();
    private final Path file;

    FaultReport(Path file) {
        this.file = file;
    }

    synchronized void add(Row row) {
        rows.add(row);
        write();
    }

    synchronized String markdown() {
        StringBuilder text = new StringBuilder("""
                # Fault suite report

                Per injection: how long the piece was down (from the fault until it was back: restarted and ready),
                the calls the load sent through the gateway meanwhile and what they were answered (503 problem: the
                gateway or service said "not now" in problem+json; refused: no connection, only while the gateway
                itself was down), and the time from the fault until the system was whole again (nothing waiting, no
                dead letter, the reconciliation clean, every 2xx answer kept).

                | fault | # | down s | calls during it | answers | whole after s | whole |
                |---|---|---|---|---|---|---|
                """);
        for (Row row : rows) {
            text.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %d | %s | %.1f | %s |%n",
                    row.fault(),
                    row.repeat(),
                    seconds(row.down()),
                    row.sent(),
                    row.answers().entrySet().stream()
                            .map(e -> e.getKey() + ": " + e.getValue())
                            .collect(Collectors.joining(", ")),
                    seconds(row.untilWhole()),
                    row.whole() ? "yes" : "**no**"));
        }
        return text.toString();
    }

    private void write() {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
