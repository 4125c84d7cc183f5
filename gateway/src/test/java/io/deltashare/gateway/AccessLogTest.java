package io.deltashare.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void entriesFromManyThreadsBecomeOneJsonLineEach() throws Exception {
        Path file = dir.resolve("logs/access.jsonl");
        AccessLog log = new AccessLog(Optional.of(file));
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
        AccessLog log = new AccessLog(Optional.of(file));
        log.start();
        String path = "/api/v1/instruments/\"x\\y\"\n";
        log.record(new AccessLog.Entry(0, "GET", path, "HTTP/1.1", "-", 404, 10, "-", "r-1"));
        log.close();

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(1);
        assertThat(JSON.readTree(lines.get(0)).get("path").asText()).isEqualTo(path);
    }

    @Test
    void theFileIsAppendedToNotReplaced() throws Exception {
        Path file = dir.resolve("access.jsonl");
        Files.writeString(file, "{\"earlier\":true}\n");
        AccessLog log = new AccessLog(Optional.of(file));
        log.start();
        log.record(new AccessLog.Entry(0, "GET", "/api/v1/bookings", "HTTP/1.1", "booking", 200, 10, "u", "r-2"));
        log.close();

        assertThat(Files.readAllLines(file)).hasSize(2).first().isEqualTo("{\"earlier\":true}");
    }
}
