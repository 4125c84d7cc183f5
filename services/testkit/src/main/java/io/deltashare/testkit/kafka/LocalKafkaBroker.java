package io.deltashare.testkit.kafka;

import io.deltashare.testkit.process.ChildProcess;
import io.deltashare.testkit.process.Directories;
import io.deltashare.testkit.process.FreePorts;
import io.deltashare.testkit.process.MavenArtifacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.common.Uuid;
import org.jboss.logging.Logger;

/**
 * A real Apache Kafka 4.x broker in KRaft combined mode (broker and controller in one process), run in a child JVM
 * whose classpath Maven resolves from {@code org.apache.kafka:kafka_2.13}.
 */
public final class LocalKafkaBroker implements KafkaBroker {

    private static final Logger LOG = Logger.getLogger(LocalKafkaBroker.class);

    private final ChildProcess process;
    private final String bootstrapServers;
    private final Path directory;
    /** Whether {@link #directory} was made for this broker alone ({@link #start()}) and goes when it stops. */
    private boolean throwaway;

    private LocalKafkaBroker(ChildProcess process, String bootstrapServers, Path directory) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.directory = directory;
    }

    /** Starts a throw-away broker on free ports, its directory deleted when it stops (kept if it fails to start). */
    public static LocalKafkaBroker start() {
        Path directory;
        try {
            directory = Files.createTempDirectory("deltashare-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LocalKafkaBroker broker = start(directory, FreePorts.next(), true);
        broker.throwaway = true;
        return broker;
    }

    /**
     * Starts a broker keeping its log in {@code directory}; storage is formatted when the directory holds none yet
     * (or always, when {@code fresh}).
     */
    public static LocalKafkaBroker start(Path directory, int port, boolean fresh) {
        long started = System.nanoTime();
        String classpath = MavenArtifacts.classpath(
                        "org.apache.kafka:kafka_2.13:" + MavenArtifacts.version("kafka.version"),
                        // the broker logs through SLF4J 2 to Log4j 2, as in the Kafka distribution
                        "org.slf4j:slf4j-api:" + MavenArtifacts.version("kafka.slf4j.version"),
                        "org.apache.logging.log4j:log4j-slf4j2-impl:" + MavenArtifacts.version("kafka.log4j.version"))
                .stream()
                .map(Path::toString)
                .collect(Collectors.joining(java.io.File.pathSeparator));
        int controllerPort = FreePorts.next();
        Path logDir = directory.resolve("data");
        Path config = directory.resolve("server.properties");
        try {
            Files.createDirectories(logDir);
            Files.writeString(config, serverProperties(port, controllerPort, logDir));
            Files.writeString(directory.resolve("log4j2.properties"), """
                    rootLogger.level = WARN
                    rootLogger.appenderRef.stdout.ref = STDOUT
                    appender.stdout.type = Console
                    appender.stdout.name = STDOUT
                    appender.stdout.layout.type = PatternLayout
                    appender.stdout.layout.pattern = [%d] %p %m (%c)%n
                    logger.kafka.name = kafka.server.KafkaRaftServer
                    logger.kafka.level = INFO
                    """);
            if (fresh || !Files.exists(logDir.resolve("meta.properties"))) {
                format(directory, classpath, config);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the Kafka broker in " + directory, e);
        }
        List<String> command = java(directory, classpath, "kafka.Kafka", config.toString());
        ChildProcess process =
                ChildProcess.start("kafka", command, directory, Map.of(), directory.resolve("kafka.log"));
        LocalKafkaBroker broker = new LocalKafkaBroker(process, "127.0.0.1:" + port, directory);
        try {
            broker.awaitReady(Duration.ofSeconds(90));
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        LOG.infof(
                "Kafka broker started on %s in %d ms",
                broker.bootstrapServers, (System.nanoTime() - started) / 1_000_000);
        return broker;
    }

    private static String serverProperties(int port, int controllerPort, Path logDir) {
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                auto.create.topics.enable=true
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=3
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(port, controllerPort, logDir);
    }

    private static void format(Path directory, String classpath, Path config) {
        List<String> command = java(
                directory,
                classpath,
                "kafka.tools.StorageTool",
                "format",
                "-t",
                Uuid.randomUuid().toString(),
                "-c",
                config.toString(),
                "--ignore-formatted");
        try {
            Process format = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("format.log").toFile())
                    .start();
            if (!format.waitFor(2, TimeUnit.MINUTES) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException(
                        "formatting Kafka storage failed:\n" + Files.readString(directory.resolve("format.log")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> java(Path directory, String classpath, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m",
                "-Xmx512m",
                // one broker for tests and the local run: the serial collector's footprint, not G1's concurrency
                "-XX:+UseSerialGC",
                "-XX:MinHeapFreeRatio=10",
                "-XX:MaxHeapFreeRatio=30",
                "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=" + directory.resolve("log4j2.properties"),
                "-cp",
                classpath,
                mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Kafka broker exited:\n" + process.logTail(40));
            }
            try {
                createTopic("testkit.ready", 1);
                return;
            } catch (RuntimeException notYet) {
                last = notYet;
            }
        }
        throw new IllegalStateException(
                "the Kafka broker did not accept a topic within " + timeout + ":\n" + process.logTail(40), last);
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Path directory() {
        return directory;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL to the broker: what a crash of its machine looks like to the clients. */
    public void kill() {
        process.kill();
        process.close();
    }

    @Override
    public void close() {
        process.close();
        if (throwaway) {
            Directories.deleteTree(directory);
        }
    }
}
