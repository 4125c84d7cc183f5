package io.deltashare.testkit.process;

import io.deltashare.logfiles.RotatingFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A server process started by the testkit that cannot outlive the JVM that started it.
 *
 * <p>The command runs under a small {@code sh} guard that watches its standard input: when this JVM exits for any
 * reason, even {@code kill -9}, the pipe closes and the guard kills the server. A shutdown hook stops it cleanly on
 * an orderly exit.
 */
public final class ChildProcess implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ChildProcess.class);

    /**
     * How long a server may take to stop before it is killed: long enough for ten JVMs on two cores that each write a
     * class-data archive as they exit ({@link ClassDataArchive}); a server that stops at once is not waited for.
     */
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);
    // Background jobs of a non-interactive shell read /dev/null, so the guard reads the pipe through fd 3.
    private static final String GUARD =
            "exec 3<&0; \"$@\" </dev/null & child=$!; (cat <&3 >/dev/null; kill $child 2>/dev/null) & wait $child";

    private final String name;
    private final Process process;
    private final OutputStream guardPipe;
    private final Path log;
    private final Thread copier;
    private final Thread shutdownHook;

    private ChildProcess(String name, Process process, Path log, Thread copier) {
        this.name = name;
        this.copier = copier;
        this.process = process;
        this.guardPipe = process.getOutputStream();
        this.log = log;
        this.shutdownHook = new Thread(this::stopQuietly, "stop-" + name);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts {@code command} in {@code workDir}, writing its output to {@code log}, which rotates within {@link
     * RotatingFile.Limits#LOCAL} (what an earlier run wrote there is rotated away first).
     */
    public static ChildProcess start(
            String name, List<String> command, Path workDir, Map<String, String> env, Path log) {
        List<String> guarded = new ArrayList<>(List.of("sh", "-c", GUARD, "guard"));
        guarded.addAll(command);
        ProcessBuilder builder =
                new ProcessBuilder(guarded).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            Files.createDirectories(log.getParent());
            LOG.infof("starting %s (log: %s)", name, log);
            RotatingFile file = RotatingFile.open(log, RotatingFile.Limits.LOCAL, Clock.systemUTC());
            Process started = builder.start();
            Thread copier = copyOutput(name, started.getInputStream(), file);
            try {
                return new ChildProcess(name, started, log, copier);
            } catch (IllegalStateException shuttingDown) {
                // this JVM is exiting: its hooks have run, so nothing would ever stop this server
                started.descendants().forEach(ProcessHandle::destroyForcibly);
                started.destroyForcibly();
                throw shuttingDown;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** Copies the process's output to its log until the process closes it. */
    private static Thread copyOutput(String name, InputStream output, RotatingFile log) {
        Thread copier = new Thread(
                () -> {
                    byte[] buffer = new byte[1 << 16];
                    try (output;
                            log) {
                        for (int n = output.read(buffer); n >= 0; n = output.read(buffer)) {
                            log.write(buffer, 0, n);
                        }
                    } catch (IOException e) {
                        LOG.warnf(e, "the output of %s could not be written to %s", name, log.path());
                    }
                },
                "log-" + name);
        copier.setDaemon(true);
        copier.start();
        return copier;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits up to {@code timeout} for the process to exit; returns at once when it does. Start-up loops use it
     * between readiness probes, so a server that dies is noticed without waiting out a fixed pause.
     */
    public boolean awaitExit(Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            // the last of its output is in the log (and the log closed) before a restart opens it again
            copier.join(Duration.ofSeconds(5).toMillis());
            return true;
        } catch (java.util.concurrent.TimeoutException stillRunning) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** The last lines of the process log, for error messages when a start fails. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The server itself, the guard's child: what a fault test signals. */
    public ProcessHandle server() {
        return process.children().findFirst().orElse(process.toHandle());
    }

    /**
     * Sends the server SIGTERM, as an orchestrator stopping it would, and waits up to {@code grace} for it and the
     * guard to exit; true when they did.
     */
    public boolean terminate(Duration grace) {
        server().destroy();
        return awaitExit(grace);
    }

    /** Sends the server SIGKILL: it gets no chance to finish anything. Waits until it is gone. */
    public void kill() {
        ProcessHandle server = server();
        server.destroyForcibly();
        try {
            server.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(name + " did not die from SIGKILL", e);
        }
        awaitExit(Duration.ofSeconds(30));
    }

    /** Stops the server and everything it started: TERM first, KILL after {@code grace}. */
    public void stop(Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        try {
            guardPipe.close();
        } catch (IOException e) {
            LOG.debugf(e, "guard pipe of %s already closed", name);
        }
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : tree) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception timeoutOrInterrupt) {
                handle.destroyForcibly();
            }
        }
        try {
            copier.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.infof("stopped %s", name);
    }

    @Override
    public void close() {
        stop(STOP_GRACE);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run; nothing to remove
        }
    }

    private void stopQuietly() {
        if (process.isAlive()) {
            stop(STOP_GRACE);
        }
    }
}
