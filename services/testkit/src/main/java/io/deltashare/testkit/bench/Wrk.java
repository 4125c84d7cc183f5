package io.deltashare.testkit.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP load from wrk (Debian: {@code apt-get install wrk}), a C load generator light enough to leave the cores to what
 * is measured: {@code connections} keep-alive connections on two threads, latency percentiles from wrk's own
 * histogram.
 */
public final class Wrk {

    /** What one run measured; {@code output} is wrk's report, with whatever a Lua script's {@code done} printed. */
    public record Run(double requestsPerSecond, double p50Ms, double p99Ms, String output) {

        /** A number that a Lua script printed as {@code name=123}. */
        public long count(String name) {
            return Long.parseLong(match(output, "\\b" + Pattern.quote(name) + "=([0-9]+)"));
        }
    }

    private Wrk() {}

    /** Runs wrk against {@code url}; {@code script} (a Lua file, or null) shapes the requests and tallies answers. */
    public static Run run(String url, int connections, int seconds, List<String> headers, Path script)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s", "--latency"));
        for (String header : headers) {
            command.add("-H");
            command.add(header);
        }
        if (script != null) {
            command.add("-s");
            command.add(script.toString());
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes());
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        return new Run(
                Double.parseDouble(match(output, "Requests/sec:\\s+([0-9.]+)")),
                millis(match(output, "\\s50%\\s+([0-9.]+[a-z]+)")),
                millis(match(output, "\\s99%\\s+([0-9.]+[a-z]+)")),
                output);
    }

    private static double millis(String value) {
        Matcher m = Pattern.compile("([0-9.]+)([a-z]+)").matcher(value);
        if (!m.matches()) {
            throw new IllegalStateException("not a wrk duration: " + value);
        }
        double number = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> number / 1000;
            case "ms" -> number;
            case "s" -> number * 1000;
            default -> throw new IllegalStateException("unknown unit in " + value);
        };
    }

    private static String match(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no '" + regex + "' in wrk's output:\n" + text);
        }
        return matcher.group(1);
    }
}
