package io.deltashare.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Pins the JSON of an event record to a file under {@code src/test/resources/golden/}: the record must serialize to
 * exactly that JSON, and the file must read back into an equal record. A failing golden test means the wire format
 * changed: publish a new version of the event instead of editing the file. Only a field added as optional, one that an
 * event written before reads as its default (shown with {@link #readWithout}), may join the file of the same version.
 *
 * <p>To create the file for a new event, run once with {@code -Dgolden.write=true} and review the file.
 */
public final class GoldenJson {

    private static final ObjectMapper JSON = EventJson.mapper();
    private static final Path GOLDEN = Paths.get("src/test/resources/golden");

    private GoldenJson() {}

    /**
     * The golden file read without its field {@code field} (into {@code type}): how an event written before the field
     * was added reads now. An optional field added to a version reads as its default from older events.
     */
    public static <T> T readWithout(String fileName, String field, Class<T> type) {
        try {
            JsonNode golden = JSON.readTree(GOLDEN.resolve(fileName).toFile());
            golden.forEach(member -> {
                if (member instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
                    object.remove(field);
                }
            });
            return JSON.treeToValue(golden, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> void assertMatches(T event, String fileName) {
        Path file = GOLDEN.resolve(fileName);
        try {
            // Through text, so number node types compare like the file (a long 3 reads back as an int 3).
            JsonNode actual = JSON.readTree(JSON.writeValueAsString(event));
            if (Boolean.getBoolean("golden.write") && !Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
            }
            assertThat(file)
                    .as("golden file %s (create it with -Dgolden.write=true)", file)
                    .exists();
            JsonNode expected = JSON.readTree(file.toFile());
            assertThat(actual)
                    .as("JSON of %s against %s", event.getClass().getSimpleName(), file)
                    .isEqualTo(expected);
            Object readBack = JSON.treeToValue(expected, event.getClass());
            assertThat(readBack)
                    .as("%s read back from %s", event.getClass().getSimpleName(), file)
                    .isEqualTo(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
