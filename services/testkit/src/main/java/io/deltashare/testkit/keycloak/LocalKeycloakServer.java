package io.deltashare.testkit.keycloak;

import io.deltashare.testkit.process.ChildProcess;
import io.deltashare.testkit.process.Directories;
import io.deltashare.testkit.process.FreePorts;
import io.deltashare.testkit.process.MavenArtifacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.logging.Logger;

/**
 * The Keycloak 26 server distribution from Maven Central, unpacked once into the cache and started with
 * {@code start-dev --import-realm} on a free port. Each instance gets its own home (its own {@code data/import} and
 * in-memory database) whose {@code lib} links to the shared unpacked distribution.
 */
public final class LocalKeycloakServer implements KeycloakServer {

    private static final Logger LOG = Logger.getLogger(LocalKeycloakServer.class);

    private final ChildProcess process;
    private final String url;
    private final String realm;
    /** The home {@link #start(Path)} made for this server alone, deleted when it stops; null for a given home. */
    private Path throwawayHome;

    private LocalKeycloakServer(ChildProcess process, String url, String realm) {
        this.process = process;
        this.url = url;
        this.realm = realm;
    }

    /** Starts a throw-away Keycloak on a free port, its home deleted when it stops (kept if it fails to start). */
    public static LocalKeycloakServer start(Path realmFile) {
        Path home;
        try {
            home = Files.createTempDirectory("deltashare-keycloak-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LocalKeycloakServer server = start(realmFile, home, FreePorts.next());
        server.throwawayHome = home;
        return server;
    }

    /** Where Keycloak keeps its realms and users. */
    public enum Store {
        /** In memory: every start imports the realm afresh (the tests' throw-away servers). */
        MEMORY,
        /**
         * In an H2 file in its home: users who signed up and sessions outlive a restart, and a restart skips the
         * schema's creation and the realm's import. When the realm file differs from the one the store was made from,
         * the store is made again from the new one.
         */
        FILE
    }

    /** Starts Keycloak with its home in {@code home} on {@code port}, importing {@code realmFile}, in memory. */
    public static LocalKeycloakServer start(Path realmFile, Path home, int port) {
        return start(realmFile, home, port, Store.MEMORY);
    }

    /** Starts Keycloak with its home in {@code home} on {@code port}, importing {@code realmFile} into {@code store}. */
    public static LocalKeycloakServer start(Path realmFile, Path home, int port, Store store) {
        return start(realmFile, home, port, store, List.of());
    }

    /**
     * Starts Keycloak with its home in {@code home} on {@code port}, importing {@code realmFile} into {@code store}, its
     * JVM with {@code jvmOptions} too.
     */
    public static LocalKeycloakServer start(Path realmFile, Path home, int port, Store store, List<String> jvmOptions) {
        long started = System.nanoTime();
        Path distribution = distribution();
        String realm = RealmFiles.realmName(realmFile);
        try {
            prepareHome(distribution, home, realmFile);
            if (store == Store.FILE) {
                forgetStoreOfAnotherRealm(home, realmFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare a Keycloak home in " + home, e);
        }
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--import-realm",
                // dev-mem's H2 either way: a different database kind would make Keycloak rebuild its shared
                // distribution
                "--db=dev-mem",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + FreePorts.next(),
                "--cache=local"));
        if (store == Store.FILE) {
            command.add("--db-url=jdbc:h2:file:"
                    + home.resolve("data/h2/keycloakdb").toAbsolutePath() + ";NON_KEYWORDS=VALUE");
        }
        Map<String, String> env = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m",
                // a local Keycloak serves a few users: the serial collector's footprint, not G1's concurrency (kc.sh
                // picks G1), and C1 only, so that its start does not wait for the optimizing compiler
                "JAVA_OPTS_APPEND",
                        "-XX:-UseG1GC -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
                                + " -XX:TieredStopAtLevel=1 " + String.join(" ", jvmOptions),
                "JAVA_HOME", System.getProperty("java.home"));
        ChildProcess process = ChildProcess.start("keycloak", command, home, env, home.resolve("keycloak.log"));
        LocalKeycloakServer server = new LocalKeycloakServer(process, "http://127.0.0.1:" + port, realm);
        try {
            server.awaitReady(Duration.ofMinutes(4));
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        LOG.infof(
                "Keycloak started on %s with realm %s in %d ms",
                server.url, realm, (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    /** The unpacked distribution in the cache, downloaded through Maven and unpacked on first use. */
    public static synchronized Path distribution() {
        String version = MavenArtifacts.version("keycloak.version");
        Path target = MavenArtifacts.cacheDir().resolve("keycloak-" + version);
        if (Files.exists(target.resolve("lib/quarkus-run.jar"))) {
            return target;
        }
        Path zip = MavenArtifacts.file("org.keycloak:keycloak-quarkus-dist:" + version, "zip");
        try {
            Path unpacked = Files.createTempDirectory(MavenArtifacts.cacheDir(), "keycloak-unpack-");
            unzip(zip, unpacked);
            try (Stream<Path> top = Files.list(unpacked)) {
                Path root = top.filter(Files::isDirectory).findFirst().orElseThrow();
                Files.move(root, target, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.delete(unpacked);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack " + zip, e);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    if (target.toString().endsWith(".sh")) {
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        }
    }

    private static void prepareHome(Path distribution, Path home, Path realmFile) throws IOException {
        Files.createDirectories(home.resolve("data/import"));
        for (String shared : List.of("lib", "themes", "providers")) {
            Path link = home.resolve(shared);
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, distribution.resolve(shared));
            }
        }
        for (String copied : List.of("bin", "conf")) {
            copyTree(distribution.resolve(copied), home.resolve(copied));
        }
        Files.copy(
                realmFile,
                home.resolve("data/import").resolve(realmFile.getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Deletes the file store (H2, under {@code data/h2}) when it was made from another realm file than {@code
     * realmFile}: Keycloak imports a realm only when it does not have it, so a changed realm file would not apply.
     */
    private static void forgetStoreOfAnotherRealm(Path home, Path realmFile) throws IOException {
        Path madeFrom = home.resolve("data/realm-file.sha256");
        String realm = sha256(Files.readAllBytes(realmFile));
        if (Files.exists(madeFrom) && Files.readString(madeFrom).equals(realm)) {
            return;
        }
        Path h2 = home.resolve("data/h2");
        if (Files.exists(h2)) {
            LOG.infof("the realm file changed since Keycloak's store in %s was made; making it again", h2);
            try (Stream<Path> paths = Files.walk(h2)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.writeString(madeFrom, realm);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited:\n" + process.logTail(60));
            }
            try {
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                response.body().close();
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                LOG.tracef("Keycloak not ready yet: %s", notListeningYet.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", e);
            }
            process.awaitExit(Duration.ofMillis(250));
        }
        throw new IllegalStateException(
                "Keycloak did not serve realm " + realm + " within " + timeout + ":\n" + process.logTail(60));
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public String realm() {
        return realm;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.close();
        if (throwawayHome != null) {
            Directories.deleteTree(throwawayHome);
        }
    }
}
