package io.deltashare.logfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotatingFileTest {

    @TempDir
    Path dir;

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-02T08:00:00Z"));

    @Test
    void aFullFileIsRotatedAndCompressedAndNothingIsLost() throws IOException {
        Path log = dir.resolve("booking.log");
        var limits = new RotatingFile.Limits(100, Duration.ofDays(1), 10_000);
        List<String> written = new ArrayList<>();
        try (RotatingFile file = RotatingFile.open(log, limits, clock)) {
            for (int i = 0; i < 20; i++) {
                String line = "line %02d of twenty-ish bytes\n".formatted(i);
                written.add(line);
                file.write(line.getBytes(StandardCharsets.UTF_8), 0, line.length());
                clock.move(Duration.ofMillis(1));
            }
        }

        assertThat(Files.size(log)).isLessThanOrEqualTo(100);
        List<Path> archives = archives(log);
        assertThat(archives)
                .hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(a -> assertThat(a.toString())
                        .matches(".*/booking\\.log\\.20261202T0800\\d\\d\\.\\d{3}Z-\\d{3}\\.gz"));
        StringBuilder everything = new StringBuilder();
        for (Path archive : archives) {
            everything.append(gunzip(archive));
        }
        everything.append(Files.readString(log));
        assertThat(everything.toString()).isEqualTo(String.join("", written));
    }

    @Test
    void rotationsWithinOneMillisecondKeepTheirOrder() throws IOException {
        Path log = dir.resolve("access.jsonl");
        var limits = new RotatingFile.Limits(10, Duration.ofDays(1), 10_000);
        try (RotatingFile file = RotatingFile.open(log, limits, clock)) {
            for (int i = 0; i < 12; i++) { // the clock stands still: every rotation falls in the same millisecond
                String line = "entry %02d\n".formatted(i);
                file.write(line.getBytes(StandardCharsets.UTF_8), 0, line.length());
            }
        }

        List<String> kept = new ArrayList<>();
        for (Path archive : archives(log)) {
            kept.add(gunzip(archive));
        }
        kept.add(Files.readString(log));
        assertThat(kept).hasSize(12).first().isEqualTo("entry 00\n");
        assertThat(String.join("", kept))
                .isEqualTo(String.join(
                        "",
                        java.util.stream.IntStream.range(0, 12)
                                .mapToObj(i -> "entry %02d\n".formatted(i))
                                .toList()));
    }

    @Test
    void anOldFileIsRotatedAtItsNextWriteOrWhenAskedWhileIdle() throws IOException {
        Path log = dir.resolve("gateway-access.jsonl");
        var limits = new RotatingFile.Limits(1_000_000, Duration.ofHours(24), 10_000_000);
        try (RotatingFile file = RotatingFile.open(log, limits, clock)) {
            file.write("{\"day\":1}\n".getBytes(StandardCharsets.UTF_8), 0, 10);
            clock.move(Duration.ofHours(23));
            file.rotateIfOld();
            assertThat(Files.size(log)).isEqualTo(10);

            clock.move(Duration.ofHours(1));
            file.write("{\"day\":2}\n".getBytes(StandardCharsets.UTF_8), 0, 10);
            assertThat(Files.readString(log)).isEqualTo("{\"day\":2}\n");

            clock.move(Duration.ofHours(24));
            file.rotateIfOld();
            assertThat(Files.size(log)).isZero();
        }
        assertThat(archives(log)).hasSize(2);
        assertThat(gunzip(archives(log).get(0))).isEqualTo("{\"day\":1}\n");
        assertThat(gunzip(archives(log).get(1))).isEqualTo("{\"day\":2}\n");
    }

    @Test
    void theOldestCompressedFilesGoSoThatTheLogStaysWithinItsBudget() throws IOException {
        Path log = dir.resolve("keycloak.log");
        var limits = new RotatingFile.Limits(4_096, Duration.ofDays(1), 3 * 4_096);
        byte[] noise = new byte[1_000];
        var random = new java.util.Random(7); // incompressible, so each archive is about as big as the file
        try (RotatingFile file = RotatingFile.open(log, limits, clock)) {
            for (int i = 0; i < 200; i++) {
                random.nextBytes(noise);
                file.write(noise, 0, noise.length);
                clock.move(Duration.ofMillis(1));
            }
        }

        long disk = Files.size(log);
        for (Path archive : archives(log)) {
            disk += Files.size(archive);
        }
        assertThat(disk).isLessThanOrEqualTo(3 * 4_096);
        assertThat(archives(log)).isNotEmpty();
        try (Stream<Path> all = Files.list(dir)) {
            assertThat(all.filter(p -> !p.equals(log) && !p.toString().endsWith(".gz")))
                    .as("no uncompressed rotated file is left")
                    .isEmpty();
        }
    }

    @Test
    void whatAPreviousRunLeftIsRotatedOnOpenAndAnUnfinishedCompressionIsRedone() throws IOException {
        Path log = dir.resolve("kafka.log");
        Files.writeString(log, "the last run's lines\n");
        Path cutShort = dir.resolve("kafka.log.20261201T230000.000Z");
        Files.writeString(cutShort, "rotated, then the process was killed\n");
        Files.writeString(dir.resolve("kafka.log.20261201T230000.000Z.gz.partial"), "half a gzip");
        var limits = new RotatingFile.Limits(1_000, Duration.ofDays(1), 100_000);

        try (RotatingFile file = RotatingFile.open(log, limits, clock)) {
            assertThat(Files.size(log)).isZero();
            file.write("this run\n".getBytes(StandardCharsets.UTF_8), 0, 9);
        }

        assertThat(Files.readString(log)).isEqualTo("this run\n");
        assertThat(archives(log)).hasSize(2);
        assertThat(gunzip(archives(log).get(0))).isEqualTo("rotated, then the process was killed\n");
        assertThat(gunzip(archives(log).get(1))).isEqualTo("the last run's lines\n");
        assertThat(dir.resolve("kafka.log.20261201T230000.000Z.gz.partial")).doesNotExist();
        assertThat(cutShort).doesNotExist();
    }

    @Test
    void limitsThatCannotHoldALogAreRefused() {
        assertThatThrownBy(() -> new RotatingFile.Limits(0, Duration.ofDays(1), 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RotatingFile.Limits(100, Duration.ZERO, 1_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RotatingFile.Limits(100, Duration.ofDays(1), 150))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two files");
    }

    private static List<Path> archives(Path log) throws IOException {
        try (Stream<Path> all = Files.list(log.getParent())) {
            return all.filter(p -> p.getFileName().toString().startsWith(log.getFileName() + ".")
                            && p.toString().endsWith(".gz"))
                    .sorted()
                    .toList();
        }
    }

    private static String gunzip(Path archive) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
