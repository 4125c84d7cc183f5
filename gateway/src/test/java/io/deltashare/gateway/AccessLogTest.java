package io.deltashare.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deltashare.logfiles.RotatingFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final RotatingFile.Limits ROOMY = new RotatingFile.Limits(64L << 20, Duration.ofDays(1), 1L << 30);

    @TempDir
    Path dir;

    @Test
    void entriesFromManyThreadsBecomeOneJsonLineEach() throws Exception {
        Path file = dir.resolve("logs/access.jsonl");
        AccessLog log = new AccessLog(Optional.of(file), ROOMY, Clock.systemUTC());
        log.start();
        int threads = 4;
        int each = 5_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    log.record(new AccessLog.Entry(
                            1_795_000_000_000L,
                            "GET",
                            "/api/v1/instruments/" + i,
                            "HTTP/1.1",
                            "instrument-catalog",
                            200,
                            1234,
                            "firm.js-biomed",
                            thread + "-" + i));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        log.close();

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(threads * each);
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            ids.add(JSON.readTree(line).get("requestId").asText());
        }
        assertThat(ids).hasSize(threads * each);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("timestamp").asText()).isEqualTo("2026-11-18T11:06:40Z");
        assertThat(first.get("method").asText()).isEqualTo("GET");
        assertThat(first.get("status").asInt()).isEqualTo(200);
        assertThat(first.get("ms").asDouble()).isEqualTo(1.234);
        assertThat(first.get("service").asText()).isEqualTo("instrument-catalog");
    }

    @Test
    void aPathWithQuotesAndBackslashesStaysValidJson() throws Exception {
        Path file = dir.resolve("access.jsonl");
        AccessLog log = new AccessLog(Optional.of(file), ROOMY, Clock.systemUTC());
        log.start();
        String path = "/api/v1/instruments/\"x\\y\"\n";
        log.record(new AccessLog.Entry(0, "GET", path, "HTTP/1.1", "-", 404, 10, "-", "r-1"));
        log.close();

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(1);
        assertThat(JSON.readTree(lines.get(0)).get("path").asText()).isEqualTo(path);
    }

    @Test
    void whatAnEarlierRunWroteIsKeptCompressedBesideTheNewFile() throws Exception {
        Path file = dir.resolve("access.jsonl");
        Files.writeString(file, "{\"earlier\":true}\n");
        AccessLog log = new AccessLog(Optional.of(file), ROOMY, Clock.systemUTC());
        log.start();
        log.record(new AccessLog.Entry(0, "GET", "/api/v1/bookings", "HTTP/1.1", "booking", 200, 10, "u", "r-2"));
        log.close();

        assertThat(Files.readAllLines(file)).hasSize(1).first().asString().contains("\"requestId\":\"r-2\"");
        assertThat(lines(archives(file))).containsExactly("{\"earlier\":true}");
    }

    @Test
    void aBusyGatewaysFileRotatesAndStaysWithinItsBudgetWithTheNewestEntriesKept() throws Exception {
        Path file = dir.resolve("access.jsonl");
        var limits = new RotatingFile.Limits(64 * 1024, Duration.ofDays(1), 2 * 64 * 1024);
        AccessLog log = new AccessLog(Optional.of(file), limits, Clock.systemUTC());
        log.start();
        int entries = 20_000; // about 3.5 MB of JSON lines
        for (int i = 0; i < entries; i++) {
            log.record(new AccessLog.Entry(
                    1_795_000_000_000L + i,
                    "GET",
                    "/api/v1/instruments/" + i,
                    "HTTP/1.1",
                    "instrument-catalog",
                    200,
                    900,
                    "firm.js-biomed",
                    "r-" + i));
        }
        log.close();

        List<Path> archives = archives(file);
        long disk = Files.size(file);
        for (Path archive : archives) {
            disk += Files.size(archive);
        }
        assertThat(Files.size(file)).isLessThanOrEqualTo(64 * 1024);
        assertThat(disk).isLessThanOrEqualTo(2 * 64 * 1024);
        List<String> kept = new ArrayList<>(lines(archives));
        kept.addAll(Files.readAllLines(file));
        assertThat(kept.size()).as("the oldest rotations were deleted").isLessThan(entries);
        int newest = entries - kept.size();
        for (int i = 0; i < kept.size(); i++) {
            assertThat(JSON.readTree(kept.get(i)).get("requestId").asText())
                    .as("what is kept is the newest entries, in order, none missing")
                    .isEqualTo("r-" + (newest + i));
        }
    }

    private static List<Path> archives(Path file) throws Exception {
        try (Stream<Path> all = Files.list(file.getParent())) {
            return all.filter(p -> p.getFileName().toString().endsWith(".gz"))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> lines(List<Path> archives) throws Exception {
        List<String> lines = new ArrayList<>();
        for (Path archive : archives) {
            try (var in = new GZIPInputStream(Files.newInputStream(archive))) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(lines::add);
            }
        }
        return lines;
    }
}
