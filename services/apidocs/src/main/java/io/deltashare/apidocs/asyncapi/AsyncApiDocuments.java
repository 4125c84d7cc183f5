package io.deltashare.apidocs.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Writes the AsyncAPI documents at build time into this module's classes ({@code asyncapi/events.json},
 * {@code asyncapi/webhooks.json}), where the gateway serves them from: {@code AsyncApiDocuments <directory>
 * <golden directory>}, the golden directory being the contracts' JSON examples ({@code booking-confirmed.v1.json}).
 */
public final class AsyncApiDocuments {

    /** Where in the classpath the documents are. */
    public static final String EVENTS = "asyncapi/events.json";

    public static final String WEBHOOKS = "asyncapi/webhooks.json";

    private AsyncApiDocuments() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: AsyncApiDocuments <directory> <golden directory>");
        }
        Path directory = Path.of(args[0]);
        Function<String, JsonNode> golden = golden(Path.of(args[1]));
        ObjectMapper json = new ObjectMapper();
        Files.createDirectories(directory.resolve(EVENTS).getParent());
        json.writerWithDefaultPrettyPrinter()
                .writeValue(directory.resolve(EVENTS).toFile(), AsyncApi.events(golden));
        json.writerWithDefaultPrettyPrinter()
                .writeValue(directory.resolve(WEBHOOKS).toFile(), AsyncApi.webhooks(golden));
    }

    /**
     * The golden JSON of a CloudEvents type in {@code directory}: {@code io.deltashare.booking.BookingConfirmed.v1} is
     * {@code booking-confirmed.v1.json}; null when there is none.
     */
    static Function<String, JsonNode> golden(Path directory) {
        ObjectMapper json = new ObjectMapper();
        return type -> {
            String[] parts = type.split("\\.");
            String name =
                    parts[parts.length - 2]
                                    .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                                    .toLowerCase(java.util.Locale.ROOT) + "." + parts[parts.length - 1] + ".json";
            Path file = directory.resolve(name);
            try {
                return Files.exists(file) ? json.readTree(file.toFile()) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
