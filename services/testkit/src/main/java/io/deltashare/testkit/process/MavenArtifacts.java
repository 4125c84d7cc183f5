package io.deltashare.testkit.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Resolves the servers the testkit runs (a Kafka broker, the Keycloak distribution) through Maven, so a fresh machine
 * needs nothing but a JDK and the repository's wrapper; results are cached under {@link #cacheDir()}.
 *
 * <p>The artifacts are resolved by a separate Maven invocation on a generated pom without a parent, so the Quarkus
 * BOM of the build cannot change the broker's own dependency versions.
 */
public final class MavenArtifacts {

    private static final Logger LOG = Logger.getLogger(MavenArtifacts.class);
    private static final Properties VERSIONS = loadVersions();

    private MavenArtifacts() {}

    public static String version(String key) {
        String value = System.getProperty("testkit." + key, VERSIONS.getProperty(key));
        if (value == null || value.startsWith("${")) {
            throw new IllegalStateException("no version for " + key + " in the testkit's versions.properties");
        }
        return value;
    }

    /** Where downloads and unpacked servers are kept between runs ({@code DELTASHARE_CACHE} overrides it). */
    public static Path cacheDir() {
        String override = System.getenv("DELTASHARE_CACHE");
        Path dir = override != null
                ? Paths.get(override)
                : Paths.get(System.getProperty("user.home"), ".cache", "deltashare");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The runtime classpath of the given {@code groupId:artifactId:version}s, with their transitive dependencies. */
    public static synchronized List<Path> classpath(String... coordinates) {
        Path work = workDir(String.join("+", coordinates));
        Path out = work.resolve("classpath.txt");
        List<Path> cached = readClasspath(out);
        if (!cached.isEmpty()) {
            return cached;
        }
        writePom(work, "jar", coordinates);
        runMaven(work, "dependency:build-classpath", "-Dmdep.outputFile=" + out, "-Dmdep.includeScope=runtime");
        List<Path> resolved = readClasspath(out);
        if (resolved.isEmpty()) {
            throw new IllegalStateException("Maven resolved no classpath for " + String.join(", ", coordinates));
        }
        return resolved;
    }

    /** The single file of {@code groupId:artifactId:version} with the given packaging type (e.g. {@code zip}). */
    public static synchronized Path file(String coordinates, String type) {
        Path work = workDir(coordinates + "_" + type);
        Path out = work.resolve("files");
        try (Stream<Path> existing = Files.exists(out) ? Files.list(out) : Stream.empty()) {
            List<Path> found = existing.toList();
            if (found.size() == 1) {
                return found.get(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writePom(work, type, coordinates);
        Path partial = work.resolve("files.partial");
        Directories.deleteTree(partial);
        Directories.deleteTree(out);
        runMaven(
                work,
                "dependency:copy-dependencies",
                "-DoutputDirectory=" + partial,
                "-DincludeTypes=" + type,
                "-DexcludeTransitive=true");
        try {
            // Only a finished copy gets the name the cache trusts.
            Files.move(partial, out, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            try (Stream<Path> copied = Files.list(out)) {
                return copied.findFirst()
                        .orElseThrow(() -> new IllegalStateException("Maven copied no " + coordinates));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path workDir(String coordinates) {
        Path dir = cacheDir().resolve("maven").resolve(coordinates.replace(':', '_'));
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> readClasspath(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            String text = Files.readString(file).trim();
            List<Path> entries = Arrays.stream(text.split(java.io.File.pathSeparator))
                    .filter(s -> !s.isBlank())
                    .map(Paths::get)
                    .toList();
            // A cleaned local repository invalidates the cache: resolve again.
            return entries.stream().allMatch(Files::exists) ? entries : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePom(Path work, String type, String... coordinates) {
        StringBuilder dependencies = new StringBuilder();
        for (String coordinate : coordinates) {
            String[] gav = coordinate.split(":");
            dependencies.append(
                    "<dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version><type>%s</type></dependency>\n"
                            .formatted(gav[0], gav[1], gav[2], type));
        }
        String pom = """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.deltashare.testkit</groupId>
                  <artifactId>resolve</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <dependencies>
                %s  </dependencies>
                  <build><plugins><plugin>
                    <artifactId>maven-dependency-plugin</artifactId><version>%s</version>
                  </plugin></plugins></build>
                </project>
                """.formatted(dependencies, version("dependency-plugin.version"));
        try {
            Files.writeString(work.resolve("pom.xml"), pom, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void runMaven(Path work, String... goalAndArgs) {
        List<String> command = new ArrayList<>(List.of(
                mavenExecutable(), "-B", "-q", "-f", work.resolve("pom.xml").toString()));
        String localRepo = System.getProperty("maven.repo.local");
        if (localRepo != null) {
            command.add("-Dmaven.repo.local=" + localRepo);
        }
        command.addAll(List.of(goalAndArgs));
        LOG.infof("resolving with Maven: %s", String.join(" ", command));
        Path log = work.resolve("maven.log");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("Maven could not resolve in " + work + ":\n" + Files.readString(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run Maven (" + command.get(0) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while resolving with Maven", e);
        }
    }

    /**
     * The Maven that runs this build ({@code maven.home}, set by the parent pom for tests and by the launcher), else
     * the repository's wrapper, else {@code mvn} on the path.
     */
    private static String mavenExecutable() {
        String home = System.getProperty("maven.home", System.getenv("MAVEN_HOME"));
        if (home != null && Files.isExecutable(Paths.get(home, "bin", "mvn"))) {
            return Paths.get(home, "bin", "mvn").toString();
        }
        Path dir = Paths.get(System.getProperty("testkit.repo-root", System.getProperty("user.dir")))
                .toAbsolutePath();
        for (; dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("mvnw"))) {
                return dir.resolve("mvnw").toString();
            }
        }
        return "mvn";
    }

    private static Properties loadVersions() {
        Properties properties = new Properties();
        try (InputStream in = MavenArtifacts.class.getResourceAsStream("/io/deltashare/testkit/versions.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
