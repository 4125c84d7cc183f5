package io.deltashare.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the local run prints can be pasted into a shell as it is. */
class LocalRunTest {

    @Test
    void theBannerNamesTheUrlsAndItsCurlCommandsContinueLinesProperly() {
        LocalSystem system =
                new LocalSystem(Path.of("."), Path.of("/tmp/data"), LocalSystem.Ports.standard(), line -> {});
        String banner = LocalRun.banner(system, Path.of("/tmp/data"));
        assertThat(banner)
                .contains(
                        "http://localhost:8080/api/v1",
                        "http://localhost:8080/q/swagger-ui",
                        "http://localhost:8180",
                        "http://127.0.0.1:8025/",
                        "/tmp/data",
                        "partner-yangtze-lab-portal",
                        "Traces       off (OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:4317 deploy/local/run",
                        "64 MiB a process");
        List<String> lines = banner.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.contains("curl ")) {
                assertThat(line).as("a curl line is not glued to the next one").doesNotContain("       ");
            }
            if (line.endsWith("\\")) {
                assertThat(lines.get(i + 1)).as("continued by line %d", i + 2).startsWith("      ");
            }
        }
        LocalSystem traced = new LocalSystem(
                Path.of("."),
                Path.of("/tmp/data"),
                LocalSystem.Ports.standard(),
                line -> {},
                java.util.Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://localhost:4317"));
        assertThat(LocalRun.banner(traced, Path.of("/tmp/data")))
                .contains("Traces       exported to http://localhost:4317");
        // non-ASCII query values must be URL-encoded, or the HTTP server refuses the request line
        assertThat(banner).contains("--data-urlencode q=电镜").doesNotContain("?q=电镜");
    }
}
