package io.deltashare.testkit.keycloak;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds realm exports (by default {@code deploy/keycloak/deltashare-realm.json} of this repository) and reads their name. */
public final class RealmFiles {

    private RealmFiles() {
    }

    /** The project's realm, found by walking up from the working directory to the repository root. */
    public static Path deltashare() {
        Path start = Paths.get(System.getProperty("testkit.repo-root", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("deploy/keycloak/deltashare-realm.json");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("deploy/keycloak/deltashare-realm.json not found above " + start);
    }

    public static String realmName(Path realmFile) {
        try {
            return new ObjectMapper().readTree(realmFile.toFile()).path("realm").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read realm file " + realmFile, e);
        }
    }
}
