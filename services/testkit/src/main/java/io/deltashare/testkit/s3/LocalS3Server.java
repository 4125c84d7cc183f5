package io.deltashare.testkit.s3;

import io.deltashare.testkit.process.ChildProcess;
import io.deltashare.testkit.process.Directories;
import io.deltashare.testkit.process.FreePorts;
import io.deltashare.testkit.process.MavenArtifacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.logging.Logger;

/**
 * A real S3-compatible object store for tests: S3Proxy ({@code org.gaul:s3proxy}) in a child JVM whose classpath
 * Maven resolves, serving the S3 API with AWS signature checks (V2 and V4) over files in a throw-away directory. It
 * stops, and its directory goes, on {@link #close()}.
 */
public final class LocalS3Server implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalS3Server.class);

    /** The access key the server accepts; with {@link #SECRET_KEY}, the only credentials it takes. */
    public static final String ACCESS_KEY = "testkit-access";

    public static final String SECRET_KEY = "testkit-secret-key";

    private final ChildProcess process;
    private final URI endpoint;
    private final Path directory;

    private LocalS3Server(ChildProcess process, URI endpoint, Path directory) {
        this.process = process;
        this.endpoint = endpoint;
        this.directory = directory;
    }

    /** Starts a server on a free port. */
    public static LocalS3Server start() {
        long started = System.nanoTime();
        String classpath =
                MavenArtifacts.classpath("org.gaul:s3proxy:" + MavenArtifacts.version("s3proxy.version")).stream()
                        .map(Path::toString)
                        .collect(Collectors.joining(java.io.File.pathSeparator));
        int port = FreePorts.next();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        Path directory;
        try {
            directory = Files.createTempDirectory("deltashare-s3-");
            Files.createDirectories(directory.resolve("buckets"));
            Files.writeString(directory.resolve("s3proxy.properties"), """
                    s3proxy.endpoint=%s
                    s3proxy.authorization=aws-v2-or-v4
                    s3proxy.identity=%s
                    s3proxy.credential=%s
                    jclouds.provider=filesystem
                    jclouds.filesystem.basedir=%s
                    """.formatted(
                            endpoint, ACCESS_KEY, SECRET_KEY, directory.resolve("buckets")));
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the S3 server", e);
        }
        List<String> command = List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m",
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classpath,
                "org.gaul.s3proxy.Main",
                "--properties",
                directory.resolve("s3proxy.properties").toString());
        ChildProcess process = ChildProcess.start("s3proxy", command, directory, Map.of(), directory.resolve("s3.log"));
        LocalS3Server server = new LocalS3Server(process, endpoint, directory);
        try {
            server.awaitReady(Duration.ofSeconds(60));
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        LOG.infof("S3 server (S3Proxy) started on %s in %d ms", endpoint, (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    /** Ready when it answers HTTP at all: an unsigned request is refused (403), which shows it checks signatures. */
    private void awaitReady(Duration timeout) {
        try {
            Awaitility.await("S3Proxy answers on " + endpoint)
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("S3Proxy exited:\n" + process.logTail(40));
                        }
                        return answers();
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(
                    "S3Proxy did not answer within " + timeout + ":\n" + process.logTail(40), e);
        }
    }

    private boolean answers() {
        try {
            HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status > 0;
        } catch (IOException notYet) {
            return false; // not listening yet
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(10));
        Directories.deleteTree(directory);
    }
}
