package io.deltashare.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the whole API's OpenAPI document at build time from the documents the services' builds stored, as the
 * gateway merges them live at {@code /openapi}: the SDKs are generated from it.
 *
 * <p>{@code MergedOpenApi <merged.json> <directory>}: the directory holds {@code <service>-openapi.json} for the gateway
 * and each service (their {@code openapi} artifacts); they are merged the gateway first, then the services by name,
 * as the gateway lists them.
 */
public final class MergedOpenApi {

    static final String GATEWAY = "gateway";
    private static final String SUFFIX = "-openapi.json";

    private MergedOpenApi() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: MergedOpenApi <merged.json> <directory of *-openapi.json>");
        }
        Path merged = Path.of(args[0]);
        Files.createDirectories(merged.toAbsolutePath().getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(merged.toFile(), merge(Path.of(args[1])));
    }

    /** The merged document of the {@code <service>-openapi.json} files in {@code directory}. */
    static JsonNode merge(Path directory) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listed = Files.list(directory)) {
            listed.filter(file -> file.getFileName().toString().endsWith(SUFFIX))
                    .forEach(files::add);
        }
        files.sort(Comparator.comparing((Path file) -> !service(file).equals(GATEWAY))
                .thenComparing(MergedOpenApi::service));
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no *" + SUFFIX + " in " + directory);
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (Path file : files) {
            documents.put(service(file), json.readTree(file.toFile()));
        }
        return OpenApiMerge.mergeAll(documents, List.of());
    }

    private static String service(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }
}
