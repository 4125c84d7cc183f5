package io.deltashare.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a service's threads were doing when it would not stop: the JDK's {@code jcmd Thread.print} of the process,
 * kept in a file, and the threads that matter summed up on a few lines for an error message. A thread matters when it
 * runs the platform's code or Quarkus's shutdown; idle pool threads do not.
 */
final class JvmThreads {

    private static final int FRAMES = 8;
    private static final int MOST_THREADS = 12;

    private JvmThreads() {}

    /** Writes the thread dump of {@code pid} to {@code file}; returns the summary, or why there is none. */
    static String dump(long pid, Path file) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return "no thread dump: " + jcmd + " is not there (a JRE, not a JDK)";
        }
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print")
                    .redirectErrorStream(true)
                    .redirectOutput(file.toFile())
                    .start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "no thread dump: jcmd did not answer within 30 s";
            }
            return "its threads then (all in " + file + "):\n" + summary(Files.readAllLines(file));
        } catch (IOException e) {
            return "no thread dump: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "no thread dump: interrupted";
        }
    }

    /** One line per thread that matters: its name and state, then its innermost frames, innermost first. */
    static String summary(List<String> dump) {
        List<String> lines = new ArrayList<>();
        List<String> thread = new ArrayList<>();
        for (String line : dump) {
            if (line.startsWith("\"")) {
                summarise(thread, lines);
                thread = new ArrayList<>();
            }
            thread.add(line.strip());
        }
        summarise(thread, lines);
        return lines.isEmpty()
                ? "(no thread runs the platform's code or Quarkus's shutdown)"
                : String.join("\n", lines.subList(0, Math.min(lines.size(), MOST_THREADS)));
    }

    private static void summarise(List<String> thread, List<String> lines) {
        if (thread.isEmpty() || !thread.get(0).startsWith("\"")) {
            return;
        }
        String name = thread.get(0).substring(1, thread.get(0).indexOf('"', 1));
        List<String> frames = thread.stream()
                .filter(line -> line.startsWith("at "))
                .map(line -> line.substring(3))
                .toList();
        boolean matters =
                name.equals("Shutdown thread") || frames.stream().anyMatch(frame -> frame.startsWith("io.deltashare."));
        if (!matters) {
            return;
        }
        String state = thread.stream()
                .filter(line -> line.startsWith("java.lang.Thread.State: "))
                .map(line -> line.substring("java.lang.Thread.State: ".length()))
                .findFirst()
                .orElse("?");
        lines.add("- " + name + " (" + state + "): "
                + String.join(" < ", frames.subList(0, Math.min(frames.size(), FRAMES))));
    }
}
