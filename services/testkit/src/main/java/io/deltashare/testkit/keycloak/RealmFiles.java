package io.deltashare.testkit.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's realm files. {@code deploy/keycloak/deltashare-realm.json} is the production realm (roles, scopes,
 * clients, policies; no users, no secrets), the only one compose and Kubernetes import. The demo realm that the tests
 * and the local run use is that file with {@code deploy/keycloak/demo/deltashare-demo-overlay.json} merged over it
 * (users, organizations, the demo partners, a password-grant client), composed here and never committed as a whole.
 */
public final class RealmFiles {

    static final String PRODUCTION = "deploy/keycloak/deltashare-realm.json";
    static final String DEMO_OVERLAY = "deploy/keycloak/demo/deltashare-demo-overlay.json";

    /** Array elements with one of these fields are merged by it: clients, users, organizations, roles, scopes. */
    private static final List<String> IDENTITY_FIELDS = List.of("clientId", "username", "alias", "name");
    /** The production realm's placeholders, which Keycloak fills from the environment when it imports the file. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(DELTASHARE_[A-Z_]+)}");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RealmFiles() {}

    /** The demo realm: the production realm with the demo overlay merged over it, written once per content. */
    public static Path deltashare() {
        Path repo = repositoryRoot();
        try {
            byte[] merged = JSON.writeValueAsBytes(demoRealm(
                    JSON.readTree(repo.resolve(PRODUCTION).toFile()),
                    JSON.readTree(repo.resolve(DEMO_OVERLAY).toFile())));
            // named by its content, so every class loader of a JVM (and every JVM) shares one file and one Keycloak
            Path dir = Paths.get(System.getProperty("java.io.tmpdir"), "deltashare-demo-realm-" + sha256(merged));
            Path file = dir.resolve("deltashare-realm.json");
            if (!Files.exists(file)) {
                Files.createDirectories(dir);
                Path partial = Files.createTempFile(dir, "realm-", ".part");
                Files.write(partial, merged);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot compose the demo realm from " + PRODUCTION + " and " + DEMO_OVERLAY, e);
        }
    }

    /** The production realm file as committed, placeholders and all. */
    public static Path production() {
        return repositoryRoot().resolve(PRODUCTION);
    }

    /** The production realm with its placeholders filled in, as Keycloak would import it with these variables. */
    public static ObjectNode productionWith(Map<String, String> environment) {
        try {
            String text = Files.readString(production(), StandardCharsets.UTF_8);
            Matcher matcher = PLACEHOLDER.matcher(text);
            StringBuilder filled = new StringBuilder();
            while (matcher.find()) {
                String value = environment.get(matcher.group(1));
                if (value == null) {
                    throw new IllegalArgumentException("no value for ${" + matcher.group(1) + "}");
                }
                matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(filled);
            return (ObjectNode) JSON.readTree(filled.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The overlay merged over the production realm: objects field by field, arrays of named elements element by
     * element (matched by client id, user name, alias or name), anything else replaced. Fields of the overlay whose
     * name starts with {@code _} are comments. Every production placeholder must be overridden by the overlay.
     */
    static ObjectNode demoRealm(JsonNode production, JsonNode overlay) {
        ObjectNode realm = production.deepCopy();
        merge(realm, overlay);
        Matcher left = PLACEHOLDER.matcher(realm.toString());
        if (left.find()) {
            throw new IllegalStateException(
                    DEMO_OVERLAY + " leaves " + left.group() + " of the production realm unset");
        }
        return realm;
    }

    private static void merge(ObjectNode target, JsonNode overlay) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = overlay.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().startsWith("_")) {
                continue;
            }
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode object && field.getValue().isObject()) {
                merge(object, field.getValue());
            } else if (existing instanceof ArrayNode array && isNamedElements(field.getValue())) {
                mergeElements(array, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }

    private static void mergeElements(ArrayNode target, JsonNode overlay) {
        for (JsonNode element : overlay) {
            ObjectNode same = sameElement(target, element);
            if (same == null) {
                target.add(element.deepCopy());
            } else {
                merge(same, element);
            }
        }
    }

    private static boolean isNamedElements(JsonNode array) {
        if (!array.isArray() || array.isEmpty()) {
            return false;
        }
        for (JsonNode element : array) {
            if (IDENTITY_FIELDS.stream().noneMatch(element::hasNonNull)) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode sameElement(ArrayNode target, JsonNode element) {
        for (String identity : IDENTITY_FIELDS) {
            if (element.hasNonNull(identity)) {
                for (JsonNode candidate : target) {
                    if (candidate instanceof ObjectNode object
                            && element.get(identity).equals(candidate.get(identity))) {
                        return object;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The repository, found by walking up from the working directory (or {@code testkit.repo-root}). */
    private static Path repositoryRoot() {
        Path start = Paths.get(System.getProperty("testkit.repo-root", System.getProperty("user.dir")))
                .toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(PRODUCTION)) && Files.exists(dir.resolve(DEMO_OVERLAY))) {
                return dir;
            }
        }
        throw new IllegalStateException(PRODUCTION + " and " + DEMO_OVERLAY + " not found above " + start);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String realmName(Path realmFile) {
        try {
            return JSON.readTree(realmFile.toFile()).path("realm").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read realm file " + realmFile, e);
        }
    }
}
